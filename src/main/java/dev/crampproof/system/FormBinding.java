package dev.crampproof.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms bind plain field names only. No form has indexed or nested fields (the checkbox lists
 * repeat their name), so a parameter such as {@code crampMuscles[0]} or {@code runnerName.bytes}
 * is ignored like any unknown one; bound, it made the binder throw (a 500) because the property
 * is a Set or a String.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void plainFieldsOnly(WebDataBinder binder) {
        binder.setDisallowedFields("*[*", "*]*", "*.*");
    }
}
