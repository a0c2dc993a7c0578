package dev.crampproof.runner;

import dev.crampproof.OnPostgres;

/**
 * {@link PlanRowsTest} on PostgreSQL: its column types come back through the same JDBC calls
 * (timestamps without a zone, numerics, booleans) as the plan JPA reads.
 */
@OnPostgres
class PostgresPlanRowsTest extends PlanRowsTest {
}
