package dev.crampproof.coach;

import dev.crampproof.OnPostgres;

/** {@link CoachJourneyTest} on PostgreSQL. */
@OnPostgres
class PostgresCoachJourneyTest extends CoachJourneyTest {
}
