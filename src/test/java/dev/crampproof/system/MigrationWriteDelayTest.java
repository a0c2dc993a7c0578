package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 waits up to 500 ms between a commit and writing the file while Flyway migrates, and afterwards
 * is back to the URL's WRITE_DELAY=0 with every migration on disk.
 */
class MigrationWriteDelayTest {

    @Test
    void a_fresh_h2_file_is_migrated_with_h2s_default_delay_then_set_back(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
        DelaySeen during = new DelaySeen();
        Flyway migrations = Flyway.configure().dataSource(url, "sa", "").callbacks(new MigrationWriteDelay(), during).load();
        int applied = migrations.migrate().migrationsExecuted;

        assertThat(applied).isPositive();
        assertThat(during.delays).hasSize(applied).containsOnly(MigrationWriteDelay.DURING_MIGRATION);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(MigrationWriteDelay.writeDelay(connection)).isZero();
        }
        // reopened without the URL setting: the stored setting is 0 again, and every migration is there
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "")) {
            assertThat(MigrationWriteDelay.writeDelay(connection)).isZero();
            try (var rows = connection.createStatement().executeQuery(
                    "select count(*) from \"flyway_schema_history\" where \"success\" and \"type\" = 'SQL'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(applied);
            }
        }
    }

    @Test
    void a_longer_delay_of_the_database_is_left_alone(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=2000";
        DelaySeen during = new DelaySeen();
        Flyway.configure().dataSource(url, "sa", "").callbacks(new MigrationWriteDelay(), during).load().migrate();

        assertThat(during.delays).containsOnly(2000);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(MigrationWriteDelay.writeDelay(connection)).isEqualTo(2000);
        }
    }

    /** Reads H2's write delay after each migration. */
    static class DelaySeen implements Callback {

        final List<Integer> delays = new ArrayList<>();

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                delays.add(MigrationWriteDelay.writeDelay(context.getConnection()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String getCallbackName() {
            return "DelaySeen";
        }
    }
}
