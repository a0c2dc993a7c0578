package dev.crampproof.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Pages over the write limit: a "please slow down" page with Retry-After (the API: ApiProblems). */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class TooManyWritesPage {

    @ExceptionHandler(TooManyWrites.class)
    ModelAndView slowDown(TooManyWrites limit, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limit.retryAfterSeconds()));
        ModelAndView page = new ModelAndView("error/429");
        page.addObject("retryAfter", limit.retryAfterSeconds());
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        return page;
    }
}
