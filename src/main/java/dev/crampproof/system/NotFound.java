package dev.crampproof.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing here for this link: the friendly 404 page, or a 404 problem in the API. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    private final String messageCode;

    public NotFound(String messageCode) {
        super(messageCode, null, false, false);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
