package dev.crampproof;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL for the tests that must also pass on the production database: a database with a
 * random name on the server at 127.0.0.1:5432, created on first use and dropped when the test
 * JVM ends (the server may hold other databases; they are never touched). Without a reachable
 * server these tests are skipped with the reason printed, unless CRAMPPROOF_POSTGRES=required
 * (or -Dcrampproof.postgres=required) makes them mandatory, as .ci/run does.
 */
public final class PostgresDatabase {

    static final String SERVER = System.getenv().getOrDefault("CRAMPPROOF_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("CRAMPPROOF_POSTGRES_USER", "postgres");
    private static final List<String> CREATED = new ArrayList<>();
    private static String shared;

    private PostgresDatabase() {
    }

    public static boolean required() {
        return "required".equals(System.getenv("CRAMPPROOF_POSTGRES"))
                || "required".equals(System.getProperty("crampproof.postgres"));
    }

    /** The database shared by this JVM's PostgreSQL tests. */
    public static synchronized String url() {
        if (shared == null) {
            shared = fresh();
        }
        return shared;
    }

    /** A new empty database of its own, for a test that must see only its own rows. */
    public static synchronized String fresh() {
        String name = "crampproof_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection admin = admin()) {
            admin.createStatement().execute("create database " + name);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Cannot create a PostgreSQL database at " + SERVER, unreachable);
        }
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::dropAll));
        }
        CREATED.add(name);
        return SERVER + name;
    }

    public static String user() {
        return USER;
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(SERVER + "postgres", USER, "");
    }

    private static synchronized void dropAll() {
        try (Connection admin = admin()) {
            for (String name : CREATED) {
                admin.createStatement().execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException gone) {
            System.err.println("Could not drop test databases " + CREATED + ": " + gone.getMessage());
        }
    }

    static String unreachableReason() {
        try (Connection admin = admin()) {
            return null;
        } catch (SQLException unreachable) {
            return "PostgreSQL not reachable at " + SERVER + " (" + unreachable.getMessage() + ")";
        }
    }

    /** Skips (or, when required, fails) a test class when the server is not there. */
    public static class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = unreachableReason();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable");
            }
            if (required()) {
                throw new IllegalStateException(reason + "; CRAMPPROOF_POSTGRES=required makes these tests mandatory");
            }
            System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    /** Points a test's application context at the shared test database. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // As the postgres profile does: the write limit's buckets in the database too.
            TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=" + USER,
                    "spring.datasource.password=", "crampproof.rate-limit.store=database").applyTo(context);
        }
    }
}
