package dev.crampproof.coach;

import dev.crampproof.OnPostgres;

/** {@link RosterTest} on PostgreSQL. */
@OnPostgres
class PostgresRosterTest extends RosterTest {
}
