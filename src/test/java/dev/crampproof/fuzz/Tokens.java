package dev.crampproof.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Path keys (plan tokens, athlete keys, session ids): the fixtures' own, and strangers. */
final class Tokens {

    /** A path segment, and why a request to it is clearly refused (null: it may be found). */
    record Token(Call.Segment segment, String refusedBecause) {
    }

    /** Segments sent as written: already encoded, or dot segments and parameters. */
    private static final java.util.List<String> RAW = java.util.List.of("..", ".", "%2e%2e", "%2E", "%2F", "%252F",
            "a;b=c", ";jsessionid=x", "%00", "%C0%AE", "%FF", "%E2%80%AE", "%0D%0ASet-Cookie:x", "%5C", "%20",
            "%7Bx%7D");

    private Tokens() {
    }

    static Arbitrary<Token> own(String placeholder) {
        return Arbitraries.just(new Token(Call.Segment.of(placeholder), null));
    }

    /** Keys no plan, athlete or session has: random, odd, or a real one changed a little. */
    static Arbitrary<Token> strangers() {
        Arbitrary<Token> random = Hostile.segment().map(text -> new Token(Call.Segment.of(text), "unknown key"));
        Arbitrary<Token> raw = Arbitraries.of(RAW).map(text -> new Token(new Call.Segment(text, true), "unknown key"));
        Arbitrary<Token> nearly = Arbitraries.of("‹plan›x", "x‹plan›", "‹plan› ", "‹plan›\u0000", "‹plan›/x",
                "‹athlete›‹athlete›").map(text -> new Token(Call.Segment.of(text), "unknown key"));
        return Arbitraries.frequencyOf(Tuple.of(4, random), Tuple.of(2, raw), Tuple.of(1, nearly));
    }

    static Arbitrary<Token> mostlyOwn(String placeholder) {
        return Arbitraries.frequencyOf(Tuple.of(4, own(placeholder)), Tuple.of(1, strangers()));
    }

    /** Any plan: the fixtures' (readable and writable) and strangers. */
    static Arbitrary<Token> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("‹plan›", "‹other-plan›", "‹edit-plan›", "‹join-plan›")
                        .map(placeholder -> new Token(Call.Segment.of(placeholder), null))),
                Tuple.of(3, strangers()));
    }
}
