package dev.crampproof.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.fuzz.Call.Kind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 8, hostile input: thousands of generated, mostly wrong plan requests through the JSON
 * API and the form (make, change, delete). Tries per property: {@code jqwik.tries.default}
 * (src/test/resources/junit-platform.properties; override with -Djqwik.tries.default=N).
 */
class FuzzPlanTest {

    private final FuzzApp app = FuzzApp.app();

    // ---- POST /api/plans ----------------------------------------------------------------

    @Property
    void making_a_plan_through_the_api(@ForAll("apiPlans") Call call) {
        FuzzApp.Answer answer = app.check(call);
        if (!answer.refused()) {
            assertThat(answer.status()).as("created%s", answer).isEqualTo(201);
            assertThat(answer.location()).as("Location%s", answer).matches("/api/plans/[A-Za-z0-9_-]{22,}");
        }
    }

    @Provide
    Arbitrary<Call> apiPlans() {
        Arbitrary<Call> fields = Combinators.combine(PlanFields.jsonChanges(4), extraMembers(), contentTypes(),
                        accepts())
                .as((changes, extra, type, accept) -> apiPlan(PlanFields.jsonBody(changes), extra, type, accept)
                        .refused(PlanFields.refusal(changes)));
        Arbitrary<Call> broken = Combinators.combine(Hostile.brokenJson(FuzzApp.body(FuzzApp.VALID_PLAN)), accepts())
                .as((body, accept) -> apiPlan(body, "", "application/json", accept).refused("no JSON object"));
        return Arbitraries.frequencyOf(Tuple.of(6, fields), Tuple.of(2, broken))
                .filter(call -> call.body().length() < 200_000);
    }

    private static Call apiPlan(String body, String extra, String contentType, String accept) {
        String withExtra = extra.isEmpty() || body.length() < 2 ? body
                : body.substring(0, body.length() - 1) + ", " + extra + "}";
        Call call = Call.to("POST", Kind.API, "api", "plans").json(contentType, withExtra).accept(accept);
        return jsonContentType(contentType) ? call : call.refused("Content-Type " + contentType);
    }

    /** Members the contract does not have, and repeated ones: ignored, or the last one counts. */
    static Arbitrary<String> extraMembers() {
        Arbitrary<String> member = Combinators.combine(Hostile.key(), Hostile.json())
                .as((key, value) -> Hostile.jsonString(key) + ": " + value);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just("")),
                Tuple.of(2, member.list().ofMinSize(1).ofMaxSize(3).map(members -> String.join(", ", members))),
                Tuple.of(1, Hostile.deepArray().map(deep -> "\"extra\": " + deep)));
    }

    /**
     * Content types, valid and not. No unknown charset: MockMvc's own filter chain throws on one
     * before the request reaches the application, so it cannot tell what the app would do.
     */
    static Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("application/json")),
                Tuple.of(1, Arbitraries.of("application/json;charset=UTF-8", "APPLICATION/JSON", "application/json; charset=ISO-8859-1",
                        "application/json;;;",
                        "text/plain", "application/x-www-form-urlencoded", "application/xml", "application/problem+json",
                        "multipart/form-data; boundary=x", "*/*", "application/*", "garbage", "", "application/json, text/plain")));
    }

    static Arbitrary<String> accepts() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.of("application/json", "*/*", "application/problem+json", "text/html",
                        "application/xml", "text/plain", "garbage;;q=x", "application/json;q=0", "image/png")));
    }

    /** Content types Spring reads as JSON for consumes = "application/json" (others: 415). */
    static boolean jsonContentType(String type) {
        return type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json") && !type.contains(",");
    }

    // ---- POST /plans --------------------------------------------------------------------

    @Property
    void making_a_plan_through_the_form(@ForAll("formPlans") Call call) {
        FuzzApp.Answer answer = app.check(call);
        if (!answer.refused()) {
            assertThat(answer.status()).as("accepted%s", answer).isEqualTo(303);
            assertThat(answer.location()).as("Location%s", answer).matches("/plans/[A-Za-z0-9_-]{22,}");
        }
    }

    @Provide
    Arbitrary<Call> formPlans() {
        return PlanFields.formChanges(4).map(changes -> Call.to("POST", Kind.PAGE_FORM, "plans")
                .params(PlanFields.params(PlanFields.form(changes))).refused(PlanFields.refusal(changes)));
    }

    // ---- GET and POST /plans/{token}/edit -------------------------------------------------

    @Property
    void changing_a_plan(@ForAll("edits") Call call) {
        FuzzApp.Answer answer = app.check(call);
        if (!answer.refused() && call.method().equals("POST")) {
            assertThat(answer.location()).as("accepted%s", answer).startsWith("/plans/");
        }
    }

    @Provide
    Arbitrary<Call> edits() {
        Arbitrary<Call> post = Combinators.combine(Tokens.mostlyOwn("‹edit-plan›"), PlanFields.formChanges(3))
                .as((token, changes) -> Call.to("POST", Kind.PAGE_FORM, "plans", token.segment(), "edit")
                        .params(PlanFields.params(PlanFields.form(changes)))
                        .refused(token.refusedBecause()).refused(PlanFields.refusal(changes)));
        Arbitrary<Call> show = Tokens.any().map(token -> Call.to("GET", Kind.READ, "plans", token.segment(), "edit"));
        return Arbitraries.frequencyOf(Tuple.of(4, post), Tuple.of(1, show));
    }

    // ---- Deleting: POST /plans/{token}/delete and DELETE /api/plans/{token} ----------------

    @Property
    void deleting_a_plan(@ForAll("deletions") Call call) {
        FuzzApp.Answer answer = app.check(call);
        if (!answer.refused() && !call.method().equals("GET")) {
            assertThat(answer.status()).as("deleted%s", answer).isIn(204, 303);
        }
    }

    @Provide
    Arbitrary<Call> deletions() {
        Arbitrary<Tokens.Token> token = Arbitraries.frequencyOf(Tuple.of(1, Tokens.own("‹fresh-plan›")),
                Tuple.of(3, Tokens.strangers()));
        Arbitrary<Call> page = token.map(t -> Call.to("POST", Kind.ACTION, "plans", t.segment(), "delete")
                .refused(t.refusedBecause()));
        Arbitrary<Call> api = Combinators.combine(token, accepts()).as((t, accept) -> Call.to("DELETE", Kind.API, "api",
                "plans", t.segment()).accept(accept).refused(t.refusedBecause()));
        Arbitrary<Call> confirm = token.map(t -> Call.to("GET", Kind.READ, "plans", t.segment(), "delete"));
        Arbitrary<Call> noCsrf = Arbitraries.just(Call.to("POST", Kind.ACTION, "plans", "‹fresh-plan›", "delete")
                .withoutCsrf());
        return Arbitraries.frequencyOf(Tuple.of(3, page), Tuple.of(3, api), Tuple.of(1, confirm), Tuple.of(1, noCsrf));
    }
}
