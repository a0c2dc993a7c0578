package dev.crampproof.system;

import dev.crampproof.plan.FieldProblem;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's errors as RFC 9457 problem+json; bad requests carry an {@code errors} list naming
 * each bad field. Spring MVC's own errors (wrong method, wrong media type) are problem+json too,
 * through Boot's global handler (spring.mvc.problemdetails.enabled), which stands back if any
 * ResponseEntityExceptionHandler exists: so this class does not extend one.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final Wording wording;
    private final Outage outage;

    ApiProblems(Wording wording, Outage outage) {
        this.wording = wording;
        this.outage = outage;
    }

    @ExceptionHandler(BadInput.class)
    ProblemDetail badInput(BadInput bad) {
        return badRequest(bad.problems());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing) {
        return problem(HttpStatus.NOT_FOUND, wording.say(missing.messageCode()));
    }

    @ExceptionHandler(NotYet.class)
    ProblemDetail notYet(NotYet early) {
        return problem(HttpStatus.CONFLICT, wording.say(early.reason()));
    }

    /** Two writes to one plan at the same moment: the later one is refused, not merged. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile() {
        return problem(HttpStatus.CONFLICT, wording.say("problem.changedMeanwhile"));
    }

    /** The database cannot be reached: try again later (the pool reconnects by itself). */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, JDBCConnectionException.class, TransactionSystemException.class,
            JpaSystemException.class})
    ProblemDetail unavailable(RuntimeException failure) {
        outage.unlessOutage(failure);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, wording.say("problem.unavailable"));
    }

    /** Over the write limit (WriteLimit): try again after the seconds Retry-After gives. */
    @ExceptionHandler(TooManyWrites.class)
    ResponseEntity<ProblemDetail> tooManyWrites(TooManyWrites limit) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(limit.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, wording.say("problem.tooManyWrites", limit.retryAfterSeconds())));
    }

    /** Malformed or missing JSON: a 400 with the same shape as any other bad request. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        return badRequest(List.of(FieldProblem.of("body", "problem.body.unreadable")));
    }

    private ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, wording.say("problem.badRequest"));
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", wording.say(p.message())))
                .toList());
        return problem;
    }

    /** A problem as every API error has it: status, its reason as title, and a detail in words. */
    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
