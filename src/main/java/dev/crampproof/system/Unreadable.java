package dev.crampproof.system;

import dev.crampproof.plan.FieldProblem;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * Form fields the binder could not even convert (a date that is no date, a choice that is not
 * offered). They are reported once, as "not a valid value", and the rules skip them.
 */
public final class Unreadable {

    private Unreadable() {
    }

    public static List<FieldProblem> fields(BindingResult binding) {
        return binding.getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), "typeMismatch"))
                .toList();
    }
}
