package dev.crampproof.fuzz;

import dev.crampproof.fuzz.Call.Kind;
import dev.crampproof.fuzz.Call.Segment;
import dev.crampproof.fuzz.Call.Who;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 8, hostile input: every page and API address read with made-up keys and query
 * parameters (a read never changes anything), random paths, and every route called with the
 * methods it does not take.
 */
class FuzzRoutesTest {

    private final FuzzApp app = FuzzApp.app();

    // ---- GET everything -------------------------------------------------------------------

    @Property
    void reading_any_page_or_api_address(@ForAll("reads") Call call) {
        app.check(call);
    }

    @Provide
    Arbitrary<Call> reads() {
        Arbitrary<Call> runner = Combinators.combine(Tokens.any(), Arbitraries.of("", "edit", "delete", "calendar.ics",
                        "api"), FuzzPlanTest.accepts())
                .as((token, page, accept) -> (switch (page) {
                    case "" -> Call.to("GET", Kind.READ, "plans", token.segment());
                    case "api" -> Call.to("GET", Kind.READ, "api", "plans", token.segment());
                    default -> Call.to("GET", Kind.READ, "plans", token.segment(), page);
                }).accept(accept));
        Arbitrary<Call> roster = Combinators.combine(Arbitraries.of(List.of("coach"), List.of("api", "coach", "athletes")),
                        rosterQuery(), who())
                .as((path, query, who) -> Call.to("GET", Kind.READ, path.toArray()).params(query).as(who));
        Arbitrary<Call> athlete = Combinators.combine(Arbitraries.of(true, false), Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.of("‹athlete›", "‹other-athlete›", "‹plan›").map(Segment::of)),
                        Tuple.of(3, Tokens.strangers().map(Tokens.Token::segment))), who())
                .as((api, key, who) -> (api ? Call.to("GET", Kind.READ, "api", "coach", "athletes", key)
                        : Call.to("GET", Kind.READ, "coach", "athletes", key)).as(who));
        Arbitrary<Call> pages = Combinators.combine(Arbitraries.of(List.of(), List.of("coach", "sign-in"),
                        List.of("coach", "sign-up"), List.of("actuator", "health"), List.of("plans"), List.of("api", "plans"),
                        List.of("css", "cramp-proof.css"), List.of("error")), query())
                .as((path, query) -> Call.to("GET", Kind.READ, path.toArray()).params(query));
        Arbitrary<Call> anywhere = Combinators.combine(Arbitraries.frequencyOf(
                                Tuple.of(3, Hostile.segment().map(Segment::of)),
                                Tuple.of(1, Tokens.strangers().map(Tokens.Token::segment)),
                                Tuple.of(1, Arbitraries.of("plans", "api", "coach", "‹plan›", "sessions", "log")
                                        .map(Segment::of)))
                        .list().ofMinSize(1).ofMaxSize(5), who())
                .as((segments, who) -> new Call("GET", List.copyOf(segments), List.of(), null, null, null, who, false,
                        Kind.READ, null));
        return Arbitraries.frequencyOf(Tuple.of(3, runner), Tuple.of(3, roster), Tuple.of(2, athlete),
                Tuple.of(1, pages), Tuple.of(2, anywhere));
    }

    private static Arbitrary<Who> who() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Who.COACH)),
                Tuple.of(1, Arbitraries.of(Who.NOBODY, Who.OTHER_COACH)));
    }

    /** The roster's own parameters (name, cramped, sort, dir, page), any value. */
    private static Arbitrary<List<Map.Entry<String, String>>> rosterQuery() {
        Arbitrary<Map.Entry<String, String>> one = Combinators.combine(
                Arbitraries.of("name", "cramped", "sort", "dir", "page"),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("name", "race", "weeks", "phase", "completion",
                                "cramp", "secondDay", "unread", "desc", "asc", "true", "0", "1", "-1", "2147483647")),
                        Tuple.of(3, Hostile.formText())))
                .as(Map::entry);
        return one.list().ofMaxSize(5).map(ArrayList::new);
    }

    private static Arbitrary<List<Map.Entry<String, String>>> query() {
        return Combinators.combine(Hostile.formText(), Hostile.formText()).as(Map::entry).list().ofMaxSize(2)
                .map(ArrayList::new);
    }

    // ---- Methods a route does not take --------------------------------------------------

    /** Every route and the methods it answers; the others must be refused (405, or 403 without CSRF). */
    private static final Map<List<String>, Set<String>> ROUTES = Map.ofEntries(
            Map.entry(List.of("api", "plans"), Set.of("POST")),
            Map.entry(List.of("api", "plans", "‹plan›"), Set.of("GET", "DELETE")),
            Map.entry(List.of("api", "plans", "‹plan›", "sessions", "2027-01-03-heavy", "log"), Set.of("PUT")),
            Map.entry(List.of("api", "plans", "‹plan›", "check-in"), Set.of("POST")),
            Map.entry(List.of("api", "coach", "athletes"), Set.of("GET")),
            Map.entry(List.of("api", "coach", "athletes", "‹athlete›"), Set.of("GET")),
            Map.entry(List.of("plans"), Set.of("POST")),
            Map.entry(List.of("plans", "‹plan›"), Set.of("GET")),
            Map.entry(List.of("plans", "‹plan›", "edit"), Set.of("GET", "POST")),
            Map.entry(List.of("plans", "‹plan›", "delete"), Set.of("GET", "POST")),
            Map.entry(List.of("plans", "‹plan›", "unit"), Set.of("POST")),
            Map.entry(List.of("plans", "‹plan›", "check-in"), Set.of("POST")),
            Map.entry(List.of("plans", "‹plan›", "calendar.ics"), Set.of("GET")),
            Map.entry(List.of("plans", "‹plan›", "sessions", "2027-01-03-heavy"), Set.of("GET")),
            Map.entry(List.of("plans", "‹plan›", "sessions", "2027-01-03-heavy", "log"), Set.of("POST")),
            Map.entry(List.of("plans", "‹plan›", "long-runs", "2027-01-03"), Set.of("GET")),
            Map.entry(List.of("plans", "‹plan›", "long-runs", "2027-01-03", "log"), Set.of("POST")),
            Map.entry(List.of("plans", "‹plan›", "coach"), Set.of("POST")),
            Map.entry(List.of("plans", "‹plan›", "coach", "leave"), Set.of("POST")),
            Map.entry(List.of("plans", "‹plan›", "comments"), Set.of("POST")),
            Map.entry(List.of("coach"), Set.of("GET")),
            Map.entry(List.of("coach", "sign-up"), Set.of("GET", "POST")),
            Map.entry(List.of("coach", "invite-code"), Set.of("POST")),
            Map.entry(List.of("coach", "athletes", "‹athlete›"), Set.of("GET")),
            Map.entry(List.of("coach", "athletes", "‹athlete›", "comments"), Set.of("POST")),
            Map.entry(List.of("coach", "athletes", "‹athlete›", "second-day"), Set.of("POST")),
            Map.entry(List.of("coach", "athletes", "‹athlete›", "reviewed"), Set.of("POST")),
            Map.entry(List.of("coach", "athletes", "‹athlete›", "sessions", "2027-01-03-heavy", "exercises", "0"),
                    Set.of("POST")));

    @Property
    void calling_a_route_with_a_method_it_does_not_take(@ForAll("wrongMethods") Call call) {
        app.check(call);
    }

    @Provide
    Arbitrary<Call> wrongMethods() {
        List<Map.Entry<List<String>, String>> wrong = new ArrayList<>();
        ROUTES.forEach((path, methods) -> List.of("GET", "POST", "PUT", "PATCH", "DELETE").stream()
                .filter(method -> !methods.contains(method))
                .forEach(method -> wrong.add(Map.entry(path, method))));
        wrong.sort(Map.Entry.comparingByValue());
        return Combinators.combine(Arbitraries.of(wrong), Arbitraries.of(Who.COACH, Who.NOBODY),
                        FuzzPlanTest.contentTypes(), Arbitraries.oneOf(Arbitraries.just("{\"status\": \"DONE\"}"),
                                Hostile.brokenJson(FuzzApp.body(FuzzApp.VALID_PLAN))))
                .as((route, who, type, body) -> {
                    boolean api = route.getKey().get(0).equals("api");
                    Call call = Call.to(route.getValue(), api ? Kind.API : Kind.ACTION, route.getKey().toArray())
                            .as(who).refused(route.getValue() + " is not taken here");
                    return route.getValue().equals("GET") ? call : call.json(type, body);
                });
    }
}
