package dev.crampproof.coach;

import dev.crampproof.OnPostgres;

/** {@link AthleteReviewTest} on PostgreSQL. */
@OnPostgres
class PostgresAthleteReviewTest extends AthleteReviewTest {
}
