package dev.crampproof.system;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * H2 writes its file at every commit with the default URL's {@code WRITE_DELAY=0} (a confirmed plan
 * is on disk even if the JVM is killed, docs/reliability.md). H2 commits after every DDL statement,
 * and the migrations have about a hundred, many of them ALTER TABLEs that rewrite a table and the schema's
 * metadata: migrating a fresh H2 file took about 700 ms with {@code WRITE_DELAY=0} against 260 ms
 * with H2's default, even in a warmed-up JVM (docs/performance.md, "Start-up and memory"). While
 * Flyway migrates, H2 therefore writes at most every {@value #DURING_MIGRATION} ms (its default);
 * afterwards the database's own delay is set again and a CHECKPOINT writes everything out, before
 * the app serves a request. H2 applies a URL's settings to the whole database whenever a connection
 * opens, so the pool opens the connections it keeps before the delay is set ({@link
 * #openPoolConnections}). A crash during the migration leaves the database as a crash between two
 * statements of a migration would (H2's DDL is not transactional either way); Flyway carries on
 * from the last migration it recorded. Other databases, and an H2 that already waits as long or
 * whose user may not change the setting (it needs admin rights): nothing changes.
 */
@Component
class MigrationWriteDelay implements Callback {

    private static final Logger log = LoggerFactory.getLogger(MigrationWriteDelay.class);

    /** Milliseconds; H2's default write delay. */
    static final int DURING_MIGRATION = 500;

    /** The database's own delay while a migration runs with the longer one, otherwise null. */
    private Integer before;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public synchronized void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (event == Event.BEFORE_MIGRATE) {
                if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                    return;
                }
                int delay = writeDelay(connection);
                if (delay < DURING_MIGRATION) {
                    openPoolConnections(context.getConfiguration().getDataSource());
                    execute(connection, "SET WRITE_DELAY " + DURING_MIGRATION);
                    before = delay;
                }
            } else if (before != null) {
                execute(connection, "SET WRITE_DELAY " + before);
                before = null;
                execute(connection, "CHECKPOINT");
            }
        } catch (SQLException e) {
            // e.g. a user without admin rights: the migration runs as it would have
            log.debug("H2's write delay left as it is during the migration", e);
        }
    }

    @Override
    public String getCallbackName() {
        return getClass().getSimpleName();
    }

    /**
     * Has the connection pool open, on this thread and now, the connections it keeps. Hikari fills
     * its pool on a thread of its own from 100 ms after its first connection (Flyway's), and each
     * connection it opened applied the default URL's WRITE_DELAY=0 to the database again: every
     * migration of an empty database ran at 0 (MigrationWriteDelayTest), and Flyway took 0.70-0.80 s
     * instead of the 0.30-0.37 s it takes with the delay (docs/performance.md, "Twenty-second round"). Connections are borrowed until
     * the pool would open no more once they are back while Flyway still holds its own (Hikari adds
     * one while it has fewer than its maximum and fewer idle than its minimum), then given back.
     * Another pool: nothing is done. If the pool cannot open them now, the migration goes on as
     * before.
     */
    private static void openPoolConnections(DataSource dataSource) {
        try {
            if (dataSource == null || !dataSource.isWrapperFor(HikariDataSource.class)) {
                return;
            }
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            HikariPoolMXBean connections = pool.getHikariPoolMXBean();
            if (connections == null) {
                return;
            }
            int kept = Math.min(pool.getMaximumPoolSize(), pool.getMinimumIdle() + 1);
            List<Connection> borrowed = new ArrayList<>();
            try {
                while (connections.getTotalConnections() < kept) {
                    borrowed.add(pool.getConnection());
                }
            } finally {
                borrowed.forEach(MigrationWriteDelay::giveBack);
            }
        } catch (SQLException e) {
            log.debug("The pool's connections are opened as the pool goes, during the migration", e);
        }
    }

    private static void giveBack(Connection borrowed) {
        try {
            borrowed.close();
        } catch (SQLException e) {
            log.debug("A connection borrowed to open the pool's connections was not given back", e);
        }
    }

    static int writeDelay(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return row.next() ? Integer.parseInt(row.getString(1)) : DURING_MIGRATION;
        }
    }

    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
