package dev.crampproof.runner;

import dev.crampproof.OnPostgres;

/** The runner's full-stack journey on PostgreSQL. */
@OnPostgres
class PostgresPlanJourneyTest extends PlanJourneyTest {
}
