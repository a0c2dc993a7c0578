package dev.crampproof.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers (e.g. /plans/a/b): the friendly 404 page for people, a 404 problem
 * under /api. Without this, Boot's problem-details handler would answer browsers with JSON too.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnknownPage {

    private final Wording wording;

    UnknownPage(Wording wording) {
        this.wording = wording;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknown(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ApiProblems.problem(HttpStatus.NOT_FOUND, wording.say("problem.address.unknown")));
        }
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
