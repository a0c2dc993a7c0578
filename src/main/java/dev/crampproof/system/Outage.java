package dev.crampproof.system;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage from other failures. A dropped connection surfaces in many wrappers
 * (a failed query, then a failed rollback that hides it), so the whole cause chain is looked at,
 * and where it says nothing clear the database itself is asked whether it answers.
 */
@Component
class Outage {

    private final DataSource dataSource;

    Outage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rethrows what is not an outage, so it takes the ordinary error path. */
    void unlessOutage(RuntimeException failure) {
        if (!causedByLostConnection(failure) && databaseAnswers()) {
            throw failure;
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException unreachable) {
            return false;
        }
    }

    static boolean causedByLostConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof EOFException || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
