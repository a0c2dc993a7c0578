package dev.crampproof.system;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The database's part of the start-up on a thread of its own: Flyway's migration, then Hibernate's
 * set-up (it validates the schema, so it must come after). Meanwhile the main thread sets up the
 * web layer and security, which need neither; on two cores that takes the database's second or so
 * off the start-up (docs/performance.md, "Start-up, sixth round"). The migration is queued before
 * the web server is made ({@link MigrationFirst}).
 *
 * <p>Nothing reads the database while the context is being set up (no bean queries it when it is
 * made), and no request can come in before the web server starts. This lifecycle starts first of
 * all, before the web server: it waits for the migration there and fails the start-up if the
 * migration failed. Spring waits for Hibernate at the end of the context's set-up and fails the
 * start-up if Hibernate failed. One thread, so the migration always runs before Hibernate's
 * set-up, which was queued after it. The repositories are injected {@code @Lazy}: made on first
 * use, they do not hold the main thread up waiting for Hibernate's metamodel (ArchitectureTest
 * keeps every repository injection point lazy).
 */
@Component
class DatabaseStartUp implements FlywayMigrationStrategy, EntityManagerFactoryBuilderCustomizer, SmartLifecycle, DisposableBean {

    /** Not a daemon: a JVM that exits during a migration waits for it to end (see destroy). */
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> new Thread(work, "database-start-up"));

    private volatile Future<?> migration = CompletableFuture.completedFuture(null);
    private volatile boolean running;

    @Override
    public void migrate(Flyway flyway) {
        migration = thread.submit(flyway::migrate);
    }

    @Override
    public void customize(EntityManagerFactoryBuilder builder) {
        builder.setBootstrapExecutor(new AfterMigration());
    }

    /** Before the web server and everything else that starts. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    @Override
    public void start() {
        thread.shutdown(); // what is queued still runs; the thread ends after it
        migrated();
        running = true;
    }

    /** Waits for the migration; its failure, with Flyway's message, if it failed. */
    private void migrated() {
        try {
            migration.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The database migration failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database migration", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A context that failed before it started: the queued work still finishes, nothing is cut. */
    @Override
    public void destroy() {
        thread.shutdown();
    }

    /**
     * Hibernate's set-up, after the migration on the same thread. After a failed migration it
     * fails with the migration's error instead of validating a schema that is not there.
     */
    private final class AfterMigration implements AsyncTaskExecutor {

        @Override
        public <T> Future<T> submit(Callable<T> task) {
            return thread.submit(() -> {
                migrated();
                return task.call();
            });
        }

        @Override
        public void execute(Runnable task) {
            submit(Executors.callable(task));
        }
    }
}
