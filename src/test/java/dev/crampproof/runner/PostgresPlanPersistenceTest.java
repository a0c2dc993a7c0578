package dev.crampproof.runner;

import dev.crampproof.PostgresDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** A plan stored on PostgreSQL reads back identically after a restart. */
@ExtendWith(PostgresDatabase.Available.class)
class PostgresPlanPersistenceTest extends PlanPersistenceTest {

    @Override
    String databaseUrl() {
        return PostgresDatabase.fresh();
    }

    @Override
    String databaseUser() {
        return PostgresDatabase.user();
    }
}
