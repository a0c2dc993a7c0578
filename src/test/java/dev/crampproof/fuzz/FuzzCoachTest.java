package dev.crampproof.fuzz;

import dev.crampproof.fuzz.Call.Kind;
import dev.crampproof.fuzz.Call.Who;
import dev.crampproof.plan.Exercise;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 8, hostile input: the coach side. Sign-up and sign-in with any name, email and
 * password; and, signed in (or not, or as another coach), comments, exercise adjustments, the
 * second-day switch, "reviewed" and new invite codes on real and made-up athlete keys.
 */
class FuzzCoachTest {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final List<String> EXERCISES = Arrays.stream(Exercise.values()).map(Enum::name).toList();

    private final FuzzApp app = FuzzApp.app();

    // ---- POST /coach/sign-up and /coach/sign-in --------------------------------------------

    @Property
    void signing_up_and_in(@ForAll("accounts") Call call) {
        app.check(call);
    }

    @Provide
    Arbitrary<Call> accounts() {
        Arbitrary<Judged> name = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.wrong(null, "no name"))),
                Tuple.of(6, Arbitraries.just(Judged.ok("Carla Coach", "Carla Coach"))),
                Tuple.of(4, Hostile.formText().map(FuzzCoachTest::judgeName)));
        Arbitrary<Judged> email = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.wrong(null, "no email"))),
                Tuple.of(6, Arbitraries.strings().alpha().numeric().ofLength(12)
                        .map(local -> Judged.ok("fuzz-" + local + "@example.org", "new"))),
                Tuple.of(1, Arbitraries.of(FuzzApp.COACH, " " + FuzzApp.COACH.toUpperCase(Locale.ROOT) + " ",
                        FuzzApp.OTHER_COACH).map(taken -> Judged.wrong(taken, "email taken"))),
                Tuple.of(2, Hostile.formText().map(FuzzCoachTest::judgeEmail)),
                Tuple.of(2, Combinators.combine(Hostile.formText(), Arbitraries.strings().alpha().ofLength(8))
                        .as((odd, local) -> local + odd + "@example.org").map(FuzzCoachTest::judgeEmail)));
        Arbitrary<Judged> password = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.wrong(null, "no password"))),
                Tuple.of(6, Arbitraries.just(Judged.ok(FuzzApp.PASSWORD, FuzzApp.PASSWORD))),
                Tuple.of(3, Arbitraries.oneOf(Hostile.formText(), Arbitraries.strings().ofMinLength(10).ofMaxLength(140),
                        Arbitraries.integers().between(60, 140).map("p"::repeat)).map(FuzzCoachTest::judgePassword)));
        Arbitrary<Call> signUp = Combinators.combine(name, email, password).as((n, e, p) -> {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            param(params, "name", n);
            param(params, "email", e);
            param(params, "password", p);
            return Call.to("POST", Kind.PAGE_FORM, "coach", "sign-up").params(params)
                    .refused(FuzzTrackingTest.firstOf(n.refusedBecause(), e.refusedBecause(), p.refusedBecause()));
        });
        Arbitrary<Judged> who = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(FuzzApp.COACH, FuzzApp.OTHER_COACH, " " + FuzzApp.COACH.toUpperCase(Locale.ROOT))
                        .map(known -> Judged.ok(known, known))),
                Tuple.of(1, Arbitraries.just(Judged.absent())),
                Tuple.of(3, Hostile.formText().map(text -> Judged.wrong(text, "nobody's email"))));
        Arbitrary<Judged> secret = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.ok(FuzzApp.PASSWORD, FuzzApp.PASSWORD))),
                Tuple.of(1, Arbitraries.just(Judged.wrong(null, "no password"))),
                Tuple.of(3, Hostile.formText().map(text -> Judged.wrong(text, "wrong password"))));
        Arbitrary<Call> signIn = Combinators.combine(who, secret).as((e, p) -> {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            param(params, "email", e);
            param(params, "password", p);
            return Call.to("POST", Kind.SIGN_IN, "coach", "sign-in").params(params)
                    .refused(FuzzTrackingTest.firstOf(e.raw() == null ? "no email" : e.refusedBecause(),
                            p.refusedBecause()));
        });
        return Arbitraries.frequencyOf(Tuple.of(3, signUp), Tuple.of(2, signIn),
                Tuple.of(1, signUp.map(Call::withoutCsrf)));
    }

    private static Judged judgeName(String text) {
        String name = text.strip();
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Judged.wrong(text, "a name without letters or digits");
        }
        return name.codePointCount(0, name.length()) > 80 ? Judged.wrong(text, "a name over 80 characters")
                : Judged.unknown(text);
    }

    private static Judged judgeEmail(String text) {
        String email = text.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty() || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            return Judged.wrong(text, "no email address");
        }
        return Judged.unknown(text);
    }

    private static Judged judgePassword(String text) {
        return text.length() < 12 || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72
                ? Judged.wrong(text, "a password not 12 characters to 72 bytes") : Judged.unknown(text);
    }

    private static void param(List<Map.Entry<String, String>> params, String name, Judged judged) {
        if (judged.raw() != null) {
            params.add(Map.entry(name, judged.raw()));
        }
    }

    // ---- A coach's changes: /coach/athletes/{key}/… and /coach/invite-code ------------------

    @Property
    void reviewing_an_athlete(@ForAll("reviews") Call call) {
        app.check(call);
    }

    /** Athlete keys: the coach's own athlete, another coach's, a runner's plan token, strangers. */
    private static Arbitrary<Tokens.Token> keys() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Tokens.own("‹athlete›")),
                Tuple.of(1, Arbitraries.of("‹other-athlete›", "‹plan›")
                        .map(key -> new Tokens.Token(Call.Segment.of(key), "not this coach's athlete"))),
                Tuple.of(2, Tokens.strangers()));
    }

    /**
     * Who sends it: mostly the athlete's coach; signed out, it goes to the sign-in page; the other
     * coach does not find the first coach's athlete (their own, ‹other-athlete›, they may change).
     */
    private static Arbitrary<Call> signedIn(Arbitrary<Call> calls) {
        return Combinators.combine(calls, Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(Who.COACH)),
                        Tuple.of(1, Arbitraries.just(Who.OTHER_COACH)), Tuple.of(1, Arbitraries.just(Who.NOBODY))))
                .as((call, who) -> switch (who) {
                    case COACH -> call.as(who);
                    case NOBODY -> call.as(who).refused("not signed in");
                    case OTHER_COACH -> call.path().contains("‹other-athlete›") ? call.as(Who.COACH)
                            : call.as(who).refused(call.path().contains("‹athlete›") ? "another coach's athlete" : null);
                });
    }

    @Provide
    Arbitrary<Call> reviews() {
        Arbitrary<Judged> week = Judged.formInteger("week", 1, 14);
        Arbitrary<Judged> session = CommentFields.sessionId(app.pastSessions);
        Arbitrary<Judged> body = CommentFields.body();
        Arbitrary<Call> comment = Combinators.combine(keys(), week, session, body).as((key, w, id, text) -> {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            param(params, "week", w);
            param(params, "sessionId", id);
            param(params, "body", text);
            return Call.to("POST", Kind.FLASH_FORM, "coach", "athletes", key.segment(), "comments").params(params)
                    .refused(FuzzTrackingTest.firstOf(key.refusedBecause(), w.refusedBecause(), id.refusedBecause(),
                            text.refusedBecause()));
        });

        Arbitrary<Tokens.Token> adjusted = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(app.pastSessions).map(id -> new Tokens.Token(Call.Segment.of(id), null))),
                Tuple.of(3, Arbitraries.of(app.futureSessions).map(id -> new Tokens.Token(Call.Segment.of(id), null))),
                Tuple.of(1, Tokens.strangers()));
        Arbitrary<Tokens.Token> position = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(-1, 8).map(n -> new Tokens.Token(Call.Segment.of(
                        String.valueOf(n)), n < 0 ? "no such exercise" : null))),
                Tuple.of(1, Tokens.strangers()));
        Arbitrary<Judged> exercise = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.wrong(null, "no exercise"))),
                Tuple.of(5, Arbitraries.of(EXERCISES).map(e -> Judged.ok(e, e))),
                Tuple.of(2, Hostile.formText().map(text -> EXERCISES.contains(text.trim()) ? Judged.ok(text, text.trim())
                        : Judged.wrong(text, "no exercise"))));
        Arbitrary<Call> adjust = Combinators.combine(keys(), adjusted, position, exercise, dose("sets", 2, 6),
                        dose("repsMin", 4, 20), dose("repsMax", 4, 20))
                .as((key, id, at, swap, sets, min, max) -> {
                    List<Map.Entry<String, String>> params = new ArrayList<>();
                    param(params, "exercise", swap);
                    param(params, "sets", sets);
                    param(params, "repsMin", min);
                    param(params, "repsMax", max);
                    boolean reversed = min.present() && max.present()
                            && Integer.parseInt(min.value()) > Integer.parseInt(max.value());
                    return Call.to("POST", Kind.FLASH_FORM, "coach", "athletes", key.segment(), "sessions",
                                    id.segment(), "exercises", at.segment()).params(params)
                            .refused(FuzzTrackingTest.firstOf(key.refusedBecause(), id.refusedBecause(),
                                    at.refusedBecause(), swap.refusedBecause(), sets.refusedBecause(),
                                    min.refusedBecause(), max.refusedBecause(), reversed ? "reps from more to fewer" : null));
                });

        Arbitrary<Judged> on = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.wrong(null, "on missing"))),
                Tuple.of(4, Arbitraries.of("true", "false").map(flag -> Judged.ok(flag, flag))),
                Tuple.of(2, Hostile.formText().map(text -> text.isBlank() ? Judged.wrong(text, "on empty")
                        : Judged.formFlag("on", text))));
        Arbitrary<Call> secondDay = Combinators.combine(keys(), on).as((key, flag) -> {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            param(params, "on", flag);
            return Call.to("POST", Kind.ACTION, "coach", "athletes", key.segment(), "second-day").params(params)
                    .refused(key.refusedBecause()).refused(flag.refusedBecause());
        });
        Arbitrary<Call> reviewed = keys().map(key -> Call.to("POST", Kind.ACTION, "coach", "athletes", key.segment(),
                "reviewed").refused(key.refusedBecause()));
        Arbitrary<Call> newCode = Arbitraries.just(Call.to("POST", Kind.ACTION, "coach", "invite-code"));
        Arbitrary<Call> any = Arbitraries.frequencyOf(Tuple.of(4, comment), Tuple.of(5, adjust), Tuple.of(2, secondDay),
                Tuple.of(1, reviewed), Tuple.of(1, newCode));
        return Arbitraries.frequencyOf(Tuple.of(12, signedIn(any)),
                Tuple.of(1, signedIn(any).map(Call::withoutCsrf)));
    }

    /** A number of sets or reps: inside every bound of the rules, outside all of them, or no number. */
    private static Arbitrary<Judged> dose(String field, int least, int most) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.wrong(null, field + " missing"))),
                Tuple.of(5, Arbitraries.integers().between(least - 2, most + 2).map(String::valueOf)
                        .map(text -> Judged.formInteger(field, text, least, most))),
                Tuple.of(2, Arbitraries.oneOf(Hostile.number(), Hostile.formText())
                        .map(text -> Judged.formInteger(field, text, least, most))))
                .map(judged -> judged.raw() != null && judged.raw().isBlank() && !judged.unknown()
                        ? Judged.wrong(judged.raw(), field + " empty") : judged);
    }
}
