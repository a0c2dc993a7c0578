package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.CrampProofApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

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

    /**
     * In the app, Flyway migrates on a connection of Hikari's pool, which opens its other connections
     * on a thread of its own from 100 ms after the first; each new connection applies the URL's
     * WRITE_DELAY=0 to the whole database. A pause after the first migration lets that happen in the
     * middle of the migration, as it did on every start (Flyway 0.70-0.80 s instead of 0.30-0.37 s).
     */
    @Test
    void the_pool_opening_its_connections_does_not_undo_the_delay_in_the_app(@TempDir Path dir) throws Exception {
        DelaySeen during = new DelaySeen(Duration.ofMillis(300));
        SpringApplication application = CrampProofApplication.application();
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("delaySeen", during));
        try (ConfigurableApplicationContext app = application.run(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0",
                "--server.port=0", "--server.address=127.0.0.1")) {
            assertThat(during.delays).hasSizeGreaterThan(1).containsOnly(MigrationWriteDelay.DURING_MIGRATION);
            try (Connection connection = app.getBean(DataSource.class).getConnection()) {
                assertThat(MigrationWriteDelay.writeDelay(connection)).isZero();
            }
        }
    }

    /** Reads H2's write delay after each migration, and waits as long as it is told after the first. */
    static class DelaySeen implements Callback {

        final List<Integer> delays = new ArrayList<>();
        private final Duration pauseAfterFirst;

        DelaySeen() {
            this(Duration.ZERO);
        }

        DelaySeen(Duration pauseAfterFirst) {
            this.pauseAfterFirst = pauseAfterFirst;
        }

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
                if (delays.size() == 1) {
                    Thread.sleep(pauseAfterFirst.toMillis());
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String getCallbackName() {
            return "DelaySeen";
        }
    }
}
