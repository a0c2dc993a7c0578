package dev.crampproof.runner;

import dev.crampproof.plan.FieldProblem;
import dev.crampproof.system.Wording;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem+json; bad requests carry an {@code errors} list naming
 * each bad field. Spring's own exceptions (wrong method, wrong media type) come out the same way.
 */
@RestControllerAdvice(assignableTypes = PlanApi.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final Wording wording;

    ApiProblems(Wording wording) {
        this.wording = wording;
    }

    /** The answers broke the rules of plan-rules.md. */
    static final class Refused extends RuntimeException {
        private final transient List<FieldProblem> problems;

        Refused(List<FieldProblem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /** The body is JSON but not an object. */
    static final class BadBody extends RuntimeException {
        private final String code;

        BadBody(String code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused refused) {
        return badRequest(refused.problems);
    }

    @ExceptionHandler(BadBody.class)
    ProblemDetail badBody(BadBody bad) {
        return badRequest(List.of(FieldProblem.of("body", bad.code)));
    }

    @ExceptionHandler(PlanNotFound.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                wording.say("problem.plan.notFound"));
        problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
        return problem;
    }

    /** Malformed or missing JSON: a 400 with the same shape as any other bad request. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(List.of(FieldProblem.of("body", "problem.body.unreadable"))));
    }

    private ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, wording.say("problem.badRequest"));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", wording.say(p.message())))
                .toList());
        return problem;
    }
}
