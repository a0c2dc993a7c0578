package dev.crampproof.fuzz;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.springframework.util.StringUtils;

/**
 * One generated input value, as sent (raw JSON or form text; null: left out), with what the
 * rules make of it: clearly wrong (and why), a value the rules read, or unknown.
 *
 * @param value the choice or number as the app reads it, or null when absent, empty or unknown
 */
record Judged(String raw, String refusedBecause, String value, boolean unknown) {

    static Judged absent() {
        return new Judged(null, null, null, false);
    }

    static Judged ok(String raw, String value) {
        return new Judged(raw, null, value, false);
    }

    static Judged wrong(String raw, String because) {
        return new Judged(raw, because, null, false);
    }

    static Judged unknown(String raw) {
        return new Judged(raw, null, null, true);
    }

    boolean present() {
        return value != null;
    }

    // ---- JSON members ----------------------------------------------------------------------

    /** A JSON member holding one of these choices (or not). */
    static Arbitrary<Judged> jsonChoice(String field, List<String> choices) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(absent(), new Judged("null", null, null, false))),
                Tuple.of(6, Arbitraries.of(choices).map(c -> ok(Hostile.jsonString(c), c))),
                Tuple.of(2, Hostile.text().map(text -> choices.contains(text) ? ok(Hostile.jsonString(text), text)
                        : wrong(Hostile.jsonString(text), field + " is no choice"))),
                Tuple.of(1, nonString().map(raw -> wrong(raw, field + " is no text"))));
    }

    static Arbitrary<Judged> jsonInteger(String field, int min, int max) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(absent(), new Judged("null", null, null, false))),
                Tuple.of(4, Arbitraries.integers().between(min - 2, max + 2).map(String::valueOf)
                        .map(raw -> integer(field, raw, min, max))),
                Tuple.of(2, Hostile.number().map(raw -> integer(field, raw, min, max))),
                Tuple.of(1, Arbitraries.oneOf(Hostile.text().map(Hostile::jsonString), Arbitraries.of("true", "[]",
                        "{}", "[7]")).map(raw -> wrong(raw, field + " is no number"))));
    }

    private static Judged integer(String field, String raw, int min, int max) {
        if (!raw.matches("-?\\d+")) {
            return wrong(raw, field + " is no integer");
        }
        java.math.BigInteger number = new java.math.BigInteger(raw);
        boolean inside = number.compareTo(java.math.BigInteger.valueOf(min)) >= 0
                && number.compareTo(java.math.BigInteger.valueOf(max)) <= 0;
        return inside ? ok(raw, raw) : wrong(raw, field + " outside " + min + "-" + max);
    }

    /** A note: at most {@code max} characters, no control characters but line breaks and tabs. */
    static Arbitrary<Judged> jsonNote(String field, int max) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(absent(), new Judged("null", null, null, false))),
                Tuple.of(6, Hostile.text().map(text -> judgeNote(field, Hostile.jsonString(text), text, max))),
                Tuple.of(1, nonString().map(raw -> wrong(raw, field + " is no text"))));
    }

    static Judged judgeNote(String field, String raw, String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            return wrong(raw, field + " longer than " + max);
        }
        boolean control = text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t' || c >= 0xD800 && c <= 0xDFFF);
        return control ? wrong(raw, field + " has a control character or half a character") : ok(raw, text);
    }

    static Arbitrary<String> nonString() {
        return Arbitraries.oneOf(Hostile.number(), Arbitraries.of("true", "false", "[]", "{}", "[\"DONE\"]",
                "{\"value\": \"DONE\"}"));
    }

    // ---- Form parameters --------------------------------------------------------------------

    /** A form parameter bound to an enum: Spring trims it, and an empty one is no value. */
    static Arbitrary<Judged> formChoice(String field, List<String> choices, boolean required) {
        Arbitrary<Judged> judged = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(absent())),
                Tuple.of(6, Arbitraries.of(choices).map(c -> ok(c, c))),
                Tuple.of(3, Hostile.formText().map(text -> {
                    String trimmed = text.trim();
                    if (trimmed.isEmpty()) {
                        return new Judged(text, null, null, false);
                    }
                    return choices.contains(trimmed) ? ok(text, trimmed) : wrong(text, field + " is no choice");
                })));
        if (!required) {
            return judged;
        }
        return judged.map(j -> j.refusedBecause() == null && !j.present() && !j.unknown()
                ? wrong(j.raw(), field + " missing") : j);
    }

    /** A form parameter bound to an Integer: whitespace removed, hex and octal read too. */
    static Arbitrary<Judged> formInteger(String field, int min, int max) {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(min - 2, max + 2).map(String::valueOf)),
                Tuple.of(2, Hostile.number()),
                Tuple.of(2, Hostile.formText()));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(absent())),
                Tuple.of(9, text.map(value -> formInteger(field, value, min, max))));
    }

    static Judged formInteger(String field, String text, int min, int max) {
        String bare = StringUtils.trimAllWhitespace(text);
        if (bare.isEmpty()) {
            return new Judged(text, null, null, false);
        }
        if (bare.matches("[-+]?(0[xX]|#)[0-9a-fA-F]+|[-+]?0[0-7]+")) {
            return unknown(text);
        }
        if (!bare.matches("[-+]?\\p{Nd}+")) {
            return wrong(text, field + " is no integer");
        }
        // Integer.valueOf reads any script's digits, as BigInteger does: "١٢" is 12
        String digits = new java.math.BigInteger(bare.startsWith("+") ? bare.substring(1) : bare).toString();
        Judged judged = integer(field, digits, min, max);
        return new Judged(text, judged.refusedBecause(), judged.value(), false);
    }

    /** A form parameter bound to a BigDecimal: whitespace removed. */
    static Judged formDecimal(String field, String text, java.math.BigDecimal above, java.math.BigDecimal most) {
        String bare = StringUtils.trimAllWhitespace(text);
        if (bare.isEmpty()) {
            return new Judged(text, null, null, false);
        }
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(bare);
            return number.compareTo(above) <= 0 || number.compareTo(most) > 0
                    ? wrong(text, field + " out of range") : ok(text, number.toPlainString());
        } catch (NumberFormatException notANumber) {
            return wrong(text, field + " is no number");
        }
    }

    /** A primitive boolean form field: Spring reads true/on/yes/1 and false/off/no/0. */
    static Judged formFlag(String field, String text) {
        String flag = text.trim().toLowerCase(Locale.ROOT);
        if (List.of("true", "on", "yes", "1").contains(flag)) {
            return ok(text, "true");
        }
        if (List.of("false", "off", "no", "0").contains(flag)) {
            return ok(text, "false");
        }
        return flag.isEmpty() ? unknown(text) : wrong(text, field + " is no yes or no");
    }
}
