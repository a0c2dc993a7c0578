package dev.crampproof.fuzz;

import dev.crampproof.plan.LogCheck;
import dev.crampproof.runner.CommentCheck;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** The fields of a comment form, the runner's and the coach's alike, each judged as it is made. */
final class CommentFields {

    private CommentFields() {
    }

    /** No session, one of the plan's past sessions, or text that names none. */
    static Arbitrary<Judged> sessionId(List<String> pastSessions) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Judged.absent())),
                Tuple.of(2, Arbitraries.of(pastSessions).map(id -> Judged.ok(id, id))),
                Tuple.of(2, Hostile.formText().map(text -> text.isBlank() ? Judged.absent()
                        : Judged.wrong(text, "no such session"))));
    }

    /** The comment itself: missing, empty, too long, with a control character, or anything else. */
    static Arbitrary<Judged> body() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.wrong(null, "no comment"))),
                Tuple.of(6, Hostile.formText().map(text -> text.isBlank() ? Judged.wrong(text, "an empty comment")
                        : text.strip().codePointCount(0, text.strip().length()) > CommentCheck.MAX_LENGTH
                        ? Judged.wrong(text, "a comment over " + CommentCheck.MAX_LENGTH + " characters")
                        : LogCheck.hasControlOrBrokenCharacters(text.strip())
                        ? Judged.wrong(text, "a comment with a control character") : Judged.unknown(text))));
    }
}
