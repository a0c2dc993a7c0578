package dev.crampproof.system;

import dev.crampproof.plan.FieldProblem;
import java.util.List;

/** Input the rules refused, field by field; nothing was stored. A 400 in the API. */
public class BadInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public BadInput(List<FieldProblem> problems) {
        super(null, null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
