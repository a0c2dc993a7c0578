package dev.crampproof.runner;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No plan has this token: a 404, shown as the friendly not-found page or as problem+json. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PlanNotFound extends RuntimeException {

    PlanNotFound() {
        super("No plan has this token", null, false, false);
    }
}
