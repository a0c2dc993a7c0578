package dev.crampproof.plan;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with one input field, as a message code the web layer puts into words. */
public record FieldProblem(String field, Text message) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, new Text(code, List.of(args)));
    }

    /**
     * The problems of fields that could not even be read, then the rules' problems with the
     * other fields: a field that was unreadable is not also reported as, say, missing.
     */
    public static List<FieldProblem> merge(List<FieldProblem> unreadable, List<FieldProblem> broken) {
        List<FieldProblem> problems = new ArrayList<>(unreadable);
        broken.stream()
                .filter(problem -> unreadable.stream().noneMatch(wrong -> wrong.field().equals(problem.field())))
                .forEach(problems::add);
        return problems;
    }
}
