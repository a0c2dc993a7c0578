package dev.crampproof.coach;

import dev.crampproof.OnPostgres;

/** {@link CoachAccessTest} on PostgreSQL. */
@OnPostgres
class PostgresCoachAccessTest extends CoachAccessTest {
}
