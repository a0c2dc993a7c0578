package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crampproof.CrampProofApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration and Hibernate's set-up run on a thread of their own, one after the other, and the
 * app does not start before the migration is done, nor after it failed. Each start on an H2 file of
 * its own.
 */
class DatabaseStartUpTest {

    /** Flyway calls it at every step (a bean, so Spring Boot hands it to Flyway). */
    static final class WhereMigrated extends BaseCallback {

        static final List<String> THREADS = new CopyOnWriteArrayList<>();

        @Override
        public void handle(Event event, Context context) {
            if (event == Event.AFTER_MIGRATE) {
                THREADS.add(Thread.currentThread().getName());
            }
        }
    }

    @Test
    void the_migration_runs_on_the_database_thread_and_is_done_when_the_app_has_started(@TempDir Path dir) {
        SpringApplication application = CrampProofApplication.application();
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("whereMigrated", new WhereMigrated()));
        try (ConfigurableApplicationContext context = application.run(arguments(dir))) {
            assertThat(WhereMigrated.THREADS).containsExactly("database-start-up");
            Integer tables = context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from information_schema.tables where lower(table_name) = 'plan'", Integer.class);
            assertThat(tables).isEqualTo(1);
        } finally {
            WhereMigrated.THREADS.clear();
        }
    }

    /**
     * Flyway is set up (and its migration queued on the database's thread) before the web server's
     * factory, so the database's start-up runs beside the web layer's rather than after it. Both
     * customizers are called on the main thread, in the order the beans are made.
     */
    @Test
    void the_migration_is_queued_before_the_web_server_is_made(@TempDir Path dir) {
        List<String> order = new CopyOnWriteArrayList<>();
        SpringApplication application = CrampProofApplication.application();
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("flywaySetUp", new FlywayConfigurationCustomizer() {
                @Override
                public void customize(FluentConfiguration configuration) {
                    order.add("flyway");
                }
            });
            context.getBeanFactory().registerSingleton("webServerSetUp",
                    new WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>() {
                        @Override
                        public void customize(ConfigurableServletWebServerFactory factory) {
                            order.add("web server");
                        }
                    });
        });

        try (ConfigurableApplicationContext context = application.run(arguments(dir))) {
            assertThat(order).containsExactly("flyway", "web server");
        }
    }

    @Test
    void a_failed_migration_fails_the_start_with_its_own_error(@TempDir Path dir) {
        SpringApplication application = CrampProofApplication.application();

        String[] arguments = arguments(dir, "--spring.flyway.locations=classpath:db/broken-migration");

        assertThatThrownBy(() -> application.run(arguments))
                .hasStackTraceContaining("The database migration failed")
                .hasStackTraceContaining("Failed to execute script V1__broken.sql")
                .hasStackTraceContaining("Table \"NO_SUCH_TABLE\" not found");
    }

    private static String[] arguments(Path dir, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"),
                "--server.port=0", "--server.address=127.0.0.1"));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }
}
