package dev.crampproof.system;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database cannot be reached, pages answer with a friendly 503 page (the API with a
 * 503 problem, see ApiProblems) instead of a stack trace. Nothing else is needed to recover:
 * the connection pool reconnects once the database is back.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseOutage {

    private final Outage outage;

    DatabaseOutage(Outage outage) {
        this.outage = outage;
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, JDBCConnectionException.class, TransactionSystemException.class,
            JpaSystemException.class})
    ModelAndView unavailable(RuntimeException failure) {
        outage.unlessOutage(failure);
        ModelAndView page = new ModelAndView("error/503");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
