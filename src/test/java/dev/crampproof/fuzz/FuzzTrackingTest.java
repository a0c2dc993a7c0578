package dev.crampproof.fuzz;

import dev.crampproof.fuzz.Call.Kind;
import dev.crampproof.fuzz.Call.Segment;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampTiming;
import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.MileageUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 8, hostile input: what runners send about their plan (session and long-run logs, the
 * check-in, the unit switch, joining and leaving a coach, comments), through the page's forms
 * and the JSON API, mostly wrong and aimed at real and made-up plans and sessions.
 */
class FuzzTrackingTest {

    private static final List<String> STATUSES = names(LogStatus.values());
    private static final List<String> MUSCLES = names(CrampMuscle.values());
    private static final List<String> TIMINGS = names(CrampTiming.values());
    private static final BigDecimal LONGEST_RUN = new BigDecimal("60");

    private final FuzzApp app = FuzzApp.app();

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Where a log goes: a session (or long-run day) of a plan, and whether it lies ahead. */
    record Target(Segment token, Segment session, boolean ahead, String refusedBecause) {
    }

    private Arbitrary<Target> sessions() {
        List<String> strangersToPlan = app.otherPlanSessions.stream()
                .filter(id -> !app.pastSessions.contains(id) && !app.futureSessions.contains(id)).toList();
        Segment plan = Segment.of("‹plan›");
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(app.pastSessions).map(id -> new Target(plan, Segment.of(id), false, null))),
                Tuple.of(2, Arbitraries.of(app.futureSessions).map(id -> new Target(plan, Segment.of(id), true, null))),
                Tuple.of(1, Arbitraries.of(strangersToPlan)
                        .map(id -> new Target(plan, Segment.of(id), false, "a session of another plan"))),
                Tuple.of(1, Tokens.strangers().map(t -> new Target(plan, t.segment(), false, "no such session"))),
                Tuple.of(1, Combinators.combine(Tokens.strangers(), Arbitraries.of(app.pastSessions))
                        .as((t, id) -> new Target(t.segment(), Segment.of(id), false, "no such plan"))));
    }

    private Arbitrary<Target> longRuns() {
        Segment plan = Segment.of("‹plan›");
        List<String> weekdays = app.pastLongRuns.stream()
                .flatMap(day -> Stream.of(1, 2, 3, 4, 5, 6).map(n -> LocalDate.parse(day).plusDays(n).toString()))
                .toList();
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(app.pastLongRuns).map(day -> new Target(plan, Segment.of(day), false, null))),
                Tuple.of(2, Arbitraries.of(app.futureLongRuns).map(day -> new Target(plan, Segment.of(day), true, null))),
                Tuple.of(1, Arbitraries.of(weekdays).map(day -> new Target(plan, Segment.of(day), false, "no long run that day"))),
                Tuple.of(1, Hostile.date(FuzzApp.TODAY).map(day -> new Target(plan, Segment.of(day), false, null))),
                Tuple.of(1, Tokens.strangers().map(t -> new Target(plan, t.segment(), false, "no such day"))),
                Tuple.of(1, Combinators.combine(Tokens.strangers(), Arbitraries.of(app.pastLongRuns))
                        .as((t, day) -> new Target(t.segment(), Segment.of(day), false, "no such plan"))));
    }

    // ---- PUT /api/plans/{token}/sessions/{id}/log -----------------------------------------

    @Property
    void logging_a_session_through_the_api(@ForAll("apiLogs") Call call) {
        app.check(call);
    }

    @Provide
    Arbitrary<Call> apiLogs() {
        Arbitrary<Judged> cramp = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(Judged.absent(), new Judged("null", null, null, false))),
                Tuple.of(4, Combinators.combine(Judged.jsonChoice("cramp.muscle", MUSCLES),
                        Judged.jsonChoice("cramp.timing", TIMINGS)).as(FuzzTrackingTest::crampObject)),
                // an object without a muscle ({} or only unknown members, which are ignored) is no cramp
                Tuple.of(1, Judged.nonString().map(raw -> raw.startsWith("{") ? new Judged(raw, null, null, false)
                        : Judged.wrong(raw, "cramp is no object"))));
        Arbitrary<LogBody> body = Combinators.combine(Judged.jsonChoice("status", STATUSES),
                Judged.jsonInteger("rpe", 1, 10), Judged.jsonNote("note", 500), cramp, FuzzPlanTest.extraMembers())
                .as((status, rpe, note, crampPart, extra) -> {
                    List<String> members = new ArrayList<>();
                    member(members, "status", status);
                    member(members, "rpe", rpe);
                    member(members, "note", note);
                    member(members, "cramp", crampPart);
                    if (!extra.isEmpty()) {
                        members.add(extra);
                    }
                    String refused = firstOf(status.refusedBecause(), rpe.refusedBecause(), note.refusedBecause(),
                            crampPart.refusedBecause(), status.raw() == null || status.raw().equals("null")
                                    ? "status missing" : null,
                            crampPart.present() && status.present() && !status.value().equals("DONE")
                                    ? "a cramp on a session not done" : null);
                    return new LogBody("{" + String.join(", ", members) + "}", refused, status.value());
                });
        Arbitrary<Call> logs = Combinators.combine(sessions(), body, FuzzPlanTest.contentTypes(), FuzzPlanTest.accepts())
                .as((target, log, type, accept) -> Call.to("PUT", Kind.API, "api", "plans", target.token(), "sessions",
                                target.session(), "log").json(type, log.json()).accept(accept)
                        .refused(FuzzPlanTest.jsonContentType(type) ? null : "Content-Type " + type)
                        .refused(target.refusedBecause()).refused(log.refusedBecause())
                        .refused(target.ahead() && "DONE".equals(log.status()) ? "done before its day" : null));
        Arbitrary<Call> broken = Combinators.combine(Arbitraries.of(app.pastSessions),
                        Hostile.brokenJson("{\"status\": \"DONE\", \"rpe\": 7, \"note\": \"tired\"}"))
                .as((id, body2) -> Call.to("PUT", Kind.API, "api", "plans", "‹plan›", "sessions", id, "log")
                        .json("application/json", body2).refused("no JSON object"));
        return Arbitraries.frequencyOf(Tuple.of(5, logs), Tuple.of(1, broken));
    }

    /** A log's JSON, why it is clearly wrong (or null), and its status when it has a valid one. */
    record LogBody(String json, String refusedBecause, String status) {
    }

    private static Judged crampObject(Judged muscle, Judged timing) {
        List<String> members = new ArrayList<>();
        member(members, "muscle", muscle);
        member(members, "timing", timing);
        String raw = "{" + String.join(", ", members) + "}";
        String refused = firstOf(muscle.refusedBecause(), timing.refusedBecause(),
                timing.present() && !muscle.present() ? "a cramp timing without a muscle" : null);
        if (refused != null) {
            return Judged.wrong(raw, refused);
        }
        return muscle.present() ? Judged.ok(raw, muscle.value()) : new Judged(raw, null, null, false);
    }

    private static void member(List<String> members, String name, Judged judged) {
        if (judged.raw() != null) {
            members.add(Hostile.jsonString(name) + ": " + judged.raw());
        }
    }

    static String firstOf(String... reasons) {
        return Arrays.stream(reasons).filter(Objects::nonNull).findFirst().orElse(null);
    }

    // ---- POST /plans/{token}/sessions/{id}/log ---------------------------------------------

    @Property
    void logging_a_session_through_the_form(@ForAll("formLogs") Call call) {
        app.check(call);
    }

    @Provide
    Arbitrary<Call> formLogs() {
        Arbitrary<Judged> note = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Judged.absent())),
                Tuple.of(5, Hostile.formText().map(text -> Judged.judgeNote("note", text, text, 500))));
        return Combinators.combine(sessions(), Judged.formChoice("status", STATUSES, true),
                        Judged.formInteger("rpe", 1, 10), note, Judged.formChoice("crampMuscle", MUSCLES, false),
                        Judged.formChoice("crampTiming", TIMINGS, false), oddParams())
                .as((target, status, rpe, noteValue, muscle, timing, odd) -> {
                    List<Map.Entry<String, String>> params = new ArrayList<>();
                    param(params, "status", status);
                    param(params, "rpe", rpe);
                    param(params, "note", noteValue);
                    param(params, "crampMuscle", muscle);
                    param(params, "crampTiming", timing);
                    params.addAll(odd);
                    boolean known = Stream.of(status, rpe, noteValue, muscle, timing).noneMatch(Judged::unknown);
                    String refused = firstOf(target.refusedBecause(), status.refusedBecause(), rpe.refusedBecause(),
                            noteValue.refusedBecause(), muscle.refusedBecause(), timing.refusedBecause(),
                            known && timing.present() && !muscle.present() ? "a cramp timing without a muscle" : null,
                            known && muscle.present() && !"DONE".equals(status.value()) ? "a cramp on a session not done" : null,
                            target.ahead() && "DONE".equals(status.value()) ? "done before its day" : null);
                    return Call.to("POST", Kind.FLASH_FORM, "plans", target.token(), "sessions", target.session(), "log")
                            .params(params).refused(refused);
                });
    }

    private static void param(List<Map.Entry<String, String>> params, String name, Judged judged) {
        if (judged.raw() != null) {
            params.add(Map.entry(name, judged.raw()));
        }
    }

    /** Parameters no form of the page has: ignored, whatever their value. */
    static Arbitrary<List<Map.Entry<String, String>>> oddParams() {
        Arbitrary<Map.Entry<String, String>> odd = Combinators.combine(Arbitraries.of("rpe[0]", "note.bytes",
                        "status[]", "class.classLoader", "id", "date", "plan", "cramped[0]", "x", ""), Hostile.formText())
                .as(Map::entry);
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(List.of())), Tuple.of(1, odd.list().ofMaxSize(2)));
    }

    // ---- POST /plans/{token}/long-runs/{date}/log ------------------------------------------

    @Property
    void logging_a_long_run(@ForAll("longRunLogs") Call call) {
        app.check(call);
    }

    @Provide
    Arbitrary<Call> longRunLogs() {
        Arbitrary<Judged> distance = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Judged.absent())),
                Tuple.of(5, Arbitraries.oneOf(Hostile.number(), Hostile.formText(), Arbitraries.of("21", "32.5", "0.1"))
                        .map(text -> Judged.formDecimal("distance", text, BigDecimal.ZERO, LONGEST_RUN))));
        Arbitrary<Judged> cramped = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Judged.absent())),
                Tuple.of(4, Arbitraries.oneOf(Arbitraries.of("true", "false", "on"), Hostile.formText())
                        .map(text -> Judged.formFlag("cramped", text))));
        Arbitrary<Judged> crampAt = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Judged.absent())),
                Tuple.of(2, Arbitraries.oneOf(Hostile.number(), Hostile.formText(), Arbitraries.of("18", "30"))
                        .map(text -> Judged.formDecimal("crampAt", text, BigDecimal.ZERO, LONGEST_RUN))));
        List<String> runStatuses = List.of("DONE", "SKIPPED");
        return Combinators.combine(longRuns(), Judged.formChoice("status", runStatuses, true), distance, cramped,
                        crampAt, oddParams())
                .as((target, status, km, flag, at, odd) -> {
                    List<Map.Entry<String, String>> params = new ArrayList<>();
                    param(params, "status", status);
                    param(params, "distance", km);
                    param(params, "cramped", flag);
                    param(params, "crampAt", at);
                    params.addAll(odd);
                    boolean notCramped = flag.raw() == null || "false".equals(flag.value());
                    String refused = firstOf(target.refusedBecause(), status.refusedBecause(), km.refusedBecause(),
                            flag.refusedBecause(), at.refusedBecause(),
                            at.present() && notCramped ? "a cramp distance without a cramp" : null,
                            "true".equals(flag.value()) && !"DONE".equals(status.value()) && !status.unknown()
                                    && status.value() != null ? "a cramp on a run not done" : null,
                            target.ahead() && "DONE".equals(status.value()) ? "done before its day" : null);
                    return Call.to("POST", Kind.FLASH_FORM, "plans", target.token(), "long-runs", target.session(),
                            "log").params(params).refused(refused);
                });
    }

    // ---- The week-3 check-in: POST /plans/{token}/check-in and /api/plans/{token}/check-in --

    @Property
    void answering_the_check_in(@ForAll("checkIns") Call call) {
        app.check(call);
    }

    @Provide
    Arbitrary<Call> checkIns() {
        Arbitrary<Tokens.Token> token = Tokens.mostlyOwn("‹plan›");
        Arbitrary<Call> form = Combinators.combine(token, Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(Judged.absent())),
                        Tuple.of(4, Arbitraries.of("true", "false").map(flag -> Judged.ok(flag, flag))),
                        Tuple.of(3, Hostile.formText().map(text -> text.isBlank()
                                ? Judged.wrong(text, "wentWell empty") : Judged.formFlag("wentWell", text)))))
                .as((t, wentWell) -> {
                    List<Map.Entry<String, String>> params = new ArrayList<>();
                    param(params, "wentWell", wentWell);
                    return Call.to("POST", Kind.FLASH_FORM, "plans", t.segment(), "check-in").params(params)
                            .refused(t.refusedBecause()).refused(wentWell.refusedBecause())
                            .refused(wentWell.raw() == null ? "wentWell missing" : null);
                });
        Arbitrary<Judged> wentWell = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(Judged.absent(), new Judged("null", null, null, false))),
                Tuple.of(4, Arbitraries.of("true", "false").map(flag -> Judged.ok(flag, flag))),
                Tuple.of(3, Arbitraries.oneOf(Hostile.text().map(Hostile::jsonString), Hostile.number(),
                        Arbitraries.of("[]", "{}", "[true]", "\"true\"", "1", "0"))
                        .map(raw -> Judged.wrong(raw, "wentWell is no boolean"))));
        Arbitrary<Call> api = Combinators.combine(token, wentWell, FuzzPlanTest.extraMembers(),
                        FuzzPlanTest.contentTypes(), FuzzPlanTest.accepts())
                .as((t, answer, extra, type, accept) -> {
                    List<String> members = new ArrayList<>();
                    member(members, "wentWell", answer);
                    if (!extra.isEmpty()) {
                        members.add(extra);
                    }
                    return Call.to("POST", Kind.API, "api", "plans", t.segment(), "check-in")
                            .json(type, "{" + String.join(", ", members) + "}").accept(accept)
                            .refused(t.refusedBecause()).refused(answer.refusedBecause())
                            .refused(answer.present() ? null : "wentWell missing")
                            .refused(FuzzPlanTest.jsonContentType(type) ? null : "Content-Type " + type);
                });
        Arbitrary<Call> broken = Hostile.brokenJson("{\"wentWell\": true}").map(body -> Call.to("POST", Kind.API, "api",
                "plans", "‹plan›", "check-in").json("application/json", body).refused("no JSON object"));
        return Arbitraries.frequencyOf(Tuple.of(3, form), Tuple.of(3, api), Tuple.of(1, broken));
    }

    // ---- Unit, coach, comments: POST /plans/{token}/unit, /coach, /coach/leave, /comments ----

    @Property
    void switching_units_joining_coaches_and_commenting(@ForAll("planActions") Call call) {
        app.check(call);
    }

    @Provide
    Arbitrary<Call> planActions() {
        List<String> units = names(MileageUnit.values());
        Arbitrary<Call> unit = Combinators.combine(Tokens.mostlyOwn("‹plan›"),
                        Judged.formChoice("unit", units, true)).as((t, value) -> {
                    List<Map.Entry<String, String>> params = new ArrayList<>();
                    param(params, "unit", value);
                    return Call.to("POST", Kind.ACTION, "plans", t.segment(), "unit").params(params)
                            .refused(t.refusedBecause()).refused(value.refusedBecause());
                });
        Arbitrary<Judged> code = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Judged.absent())),
                Tuple.of(2, Arbitraries.of("‹code›", " ‹code› ").map(c -> Judged.ok(c, c))),
                Tuple.of(4, Hostile.formText().map(text -> Judged.wrong(text, text.isBlank() ? "no code"
                        : "nobody's code"))));
        Arbitrary<Call> join = Combinators.combine(Tokens.mostlyOwn("‹join-plan›"), code).as((t, value) -> {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            param(params, "coachCode", value);
            return Call.to("POST", Kind.FLASH_FORM, "plans", t.segment(), "coach").params(params)
                    .refused(t.refusedBecause()).refused(value.raw() == null ? "no code" : value.refusedBecause());
        });
        Arbitrary<Call> leave = Tokens.mostlyOwn("‹join-plan›").map(t -> Call.to("POST", Kind.ACTION, "plans",
                t.segment(), "coach", "leave").refused(t.refusedBecause()));
        return Arbitraries.frequencyOf(Tuple.of(2, unit), Tuple.of(3, join), Tuple.of(1, leave),
                Tuple.of(4, comments()));
    }

    private Arbitrary<Call> comments() {
        Arbitrary<Judged> session = CommentFields.sessionId(app.pastSessions);
        Arbitrary<Judged> body = CommentFields.body();
        return Combinators.combine(Tokens.mostlyOwn("‹plan›"), session, body).as((t, id, text) -> {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            param(params, "sessionId", id);
            param(params, "body", text);
            return Call.to("POST", Kind.FLASH_FORM, "plans", t.segment(), "comments").params(params)
                    .refused(t.refusedBecause()).refused(id.refusedBecause()).refused(text.refusedBecause());
        });
    }
}
