package dev.crampproof.plan;

import java.util.List;

/** What is wrong with one input field, as a message code the web layer puts into words. */
public record FieldProblem(String field, Text message) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, new Text(code, List.of(args)));
    }
}
