package dev.crampproof.runner;

import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.LogCheck;
import dev.crampproof.system.BadInput;
import java.time.Instant;
import java.util.List;

/**
 * A comment must say something, briefly, in text without control characters (line breaks and
 * tabs aside), and point at a week or session the plan has.
 */
public final class CommentCheck {

    public static final int MAX_LENGTH = 1000;

    private CommentCheck() {
    }

    public static StoredComment.Comment checked(StoredPlan plan, Integer week, String sessionId, String body,
            StoredComment.Author author, Instant now) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new BadInput(List.of(FieldProblem.of("body", "problem.required")));
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new BadInput(List.of(FieldProblem.of("body", "problem.text.tooLong", MAX_LENGTH)));
        }
        if (LogCheck.hasControlOrBrokenCharacters(text)) {
            throw new BadInput(List.of(FieldProblem.of("body", "problem.text.control")));
        }
        if (sessionId != null && plan.session(sessionId).isEmpty()) {
            throw new BadInput(List.of(FieldProblem.of("sessionId", "problem.session.notFound")));
        }
        if (week != null && (week < 1 || week > plan.block().weeks())) {
            throw new BadInput(List.of(FieldProblem.of("week", "problem.week.notFound")));
        }
        return new StoredComment.Comment(sessionId == null ? week : null, sessionId, author, text, now);
    }
}
