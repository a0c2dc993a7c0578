package dev.crampproof.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Values an attacker or a broken client sends: wrong types, huge and odd numbers, impossible
 * dates, control characters, emoji, very long text, HTML and SQL fragments. Everything shrinks
 * towards short, plain values, so a failure is reported with a readable input.
 */
final class Hostile {

    /** Marks injected HTML: a page that echoes it unescaped is an XSS hole. */
    static final String SCRIPT = "<script>fuzz()</script>";
    static final String IMG = "\"><img src=x onerror=fuzz()>";

    /** The longest text a generated request carries; bodies stay under 200 KB. */
    static final int LONGEST = 30_000;

    private Hostile() {
    }

    /** Words with a meaning somewhere: parsers, templates, SQL, shells, URLs. */
    static final List<String> NASTY = List.of("", " ", "\t", "\n", "\r\n", "\u0000", "null", "undefined", "NaN",
            "Infinity", "-Infinity", "-0", "0", "1", "-1", "7", "1e400", "-1e400", "1e-400", "9999999999999999999",
            "2147483648", "-2147483649", "0x1F", "1_000", "1,5", "١٢", "true", "false", "on", "yes", "[]", "{}",
            "'; drop table plan; --", "\" OR 1=1 --", "' OR '1'='1", "1; delete from coach", SCRIPT, IMG,
            "javascript:fuzz()", "{{7*7}}", "${7*7}", "#{7*7}", "*{7*7}", "[[${7*7}]]", "__${7*7}__::x", "{x}",
            "{0}", "%s%n%x", "\\", "/", "//", "../../etc/passwd", "%00", "%2e%2e%2f", "?a=b#c", ";", "#",
            "\r\nSet-Cookie: fuzz=1", "😀", "👩‍👩‍👧‍👦", "\u202Eevil", "\uFEFF", "\u00A0", "\u2028", "Ω≈ç√∫",
            "ｆｕｌｌ", "ß", "İı", "Ana\u0007", "a\u001Bb", "\u0085", "0000-00-00", "9999-12-31", "2027-02-30",
            "2027-02-29", "2028-02-29", "+999999999-12-31", "-999999999-01-01", "2027-04-18T00:00:00Z",
            "18/04/2027", "2027-4-18", " 2027-04-18 ", "DONE", "done", "MILES", "CALF", "SUNDAY");

    /** Any text: the nasty words, random characters of every kind, and long runs. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(NASTY)),
                Tuple.of(3, Arbitraries.strings().ofMaxLength(40)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(20)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(5)
                        .map(controls -> "Ana" + controls)),
                Tuple.of(2, longText()),
                Tuple.of(1, Arbitraries.of("Ana\uD800", "\uDC00Ana", "Ana \uD83D Ruiz", "Ana\uDE00\uD83D")),
                Tuple.of(1, Combinators.combine(Arbitraries.of(NASTY), Arbitraries.of(NASTY))
                        .as((a, b) -> a + b)));
    }

    /** Text a browser can send: what survives UTF-8 (a lone surrogate arrives as a replacement). */
    static Arbitrary<String> formText() {
        return text().map(Hostile::throughUtf8);
    }

    static String throughUtf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** A run of one piece, 1 to {@link #LONGEST} characters: shrinks to a short run of "a". */
    static Arbitrary<String> longText() {
        return Combinators.combine(Arbitraries.of("a", " ", "😀", "<b>", "\u0000", "é", "\u200B"),
                Arbitraries.integers().between(1, LONGEST).shrinkTowards(1)
                        .withDistribution(net.jqwik.api.RandomDistribution.biased()))
                .as((piece, times) -> piece.repeat(Math.max(1, times / piece.length())));
    }

    /** Numbers as JSON writes them (raw text), the odd ones first. */
    static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("0", "-0", "1", "-1", "7", "10", "11", "0.5", "7.0", "1E2", "1e400", "-1e400",
                        "1e-400", "9999999999999999999", "-9999999999999999999", "2147483647", "2147483648",
                        "-2147483649", "4294967312", "123456789012345678901234567890.5", "0.0000001", "26.3", "42.2",
                        "124.1", "200.1", "37.1", "60.1", "16", "14", "13", "17")),
                Tuple.of(2, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf)),
                Tuple.of(1, Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e30"),
                        new java.math.BigDecimal("1e30")).ofScale(8).map(java.math.BigDecimal::toPlainString)));
    }

    /** Dates as text: valid days around today and impossible ones. */
    static Arbitrary<String> date(LocalDate today) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-800, 800).map(days -> today.plusDays(days).toString())),
                Tuple.of(3, Arbitraries.of("0000-00-00", "9999-12-31", "2027-02-30", "2027-02-29", "2027-13-01",
                        "2027-00-10", "+999999999-12-31", "-999999999-01-01", "0001-01-01", "1970-01-01",
                        "2027-04-18T09:00:00", "2027-04-18Z", "18/04/2027", "2027-4-18", "20270418", "")),
                Tuple.of(1, text()));
    }

    /** A JSON string literal; unpaired surrogates and control characters go as \\u escapes. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || (Character.isSurrogate(c) && !pairedHigh && !pairedLow)) {
                json.append(String.format("\\u%04X", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** Any JSON value as raw text, nested a little. */
    static Arbitrary<String> json() {
        return Arbitraries.recursive(Hostile::jsonLeaf, Hostile::jsonContainer, 0, 3);
    }

    static Arbitrary<String> jsonLeaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("null", "true", "false")),
                Tuple.of(2, number()),
                Tuple.of(3, text().map(Hostile::jsonString)));
    }

    private static Arbitrary<String> jsonContainer(Arbitrary<String> inner) {
        Arbitrary<String> array = inner.list().ofMaxSize(4).map(items -> "[" + String.join(", ", items) + "]");
        Arbitrary<String> object = Combinators.combine(key(), inner).as((k, v) -> jsonString(k) + ": " + v)
                .list().ofMaxSize(4).map(members -> "{" + String.join(", ", members) + "}");
        return Arbitraries.oneOf(array, object);
    }

    /** Object keys: the contract's own names in other spellings, and odd ones. */
    static Arbitrary<String> key() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("", "__proto__", "constructor", "class", "id", "token", "status", "rpe",
                        "note", "cramp", "muscle", "timing", "wentWell", "runnerName", "RUNNERNAME", "runner_name",
                        "createdOn", "coachId", "athleteKey", "version", "\u0000", "a.b", "x[0]")),
                Tuple.of(1, text()));
    }

    /** Arrays nested this deep: Jackson refuses more than 1,000 levels. */
    static Arbitrary<String> deepArray() {
        return Arbitraries.integers().between(1, 5000).shrinkTowards(1).map(depth -> "[".repeat(depth) + "]".repeat(depth));
    }

    /** Bodies that are no JSON object at all. */
    static Arbitrary<String> brokenJson(String valid) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, valid.length() - 1).map(cut -> valid.substring(0, cut))),
                Tuple.of(2, Arbitraries.of("", " ", "null", "true", "42", "\"a plan\"", "[]", "[{}]", "{", "}",
                        "{'runnerName': 'Ana'}", "{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": 01}", "{\"a\": .5}",
                        "{\"a\": 1,}", "{\"a\" 1}", "{a: 1}", "{\"a\": \"\\x41\"}", "{\"a\": \"\\ud800\"}",
                        "/* comment */ {}", "\uFEFF{}", "{\"a\": \"unterminated}", "<xml/>", "runnerName=Ana")),
                Tuple.of(1, deepArray()),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(1, json()));
    }

    /**
     * Path segments: empty, dots, encodings, long, and random text; and a session id and a long-run
     * day of the right shape that no fixture plan has (after every fixture's race: the fixture plan's
     * own 2027-01-03-heavy, once in this list, was a real session, and a log to it was rightly stored).
     */
    static Arbitrary<String> segment() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("", ".", "..", "x", "%", "%2F", "a/b", "a;b", "a b", "null", "0", "-1",
                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "{token}", "<script>", "'", "\"", "😀", "\u0000", "?", "#",
                        "a\\b", "~", "*", "2031-01-05-heavy", "2031-01-05", "9999999999999999999")),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(30)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(10)),
                Tuple.of(1, Arbitraries.integers().between(1, 5000).shrinkTowards(1).map("a"::repeat)));
    }

    /** Several values for one form field, as a browser sends repeated names. */
    static Arbitrary<List<String>> formValues(Arbitrary<String> one) {
        return one.list().ofMinSize(0).ofMaxSize(3).map(ArrayList::new);
    }

    /** Shortens text for failure messages: control characters shown as escapes, long runs counted. */
    static String show(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder();
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; ) {
            int run = 1;
            while (i + run < points.length && points[i + run] == points[i]) {
                run++;
            }
            String one = visible(points[i]);
            if (run > 6) {
                shown.append(one).append("×").append(run);
            } else {
                shown.append(one.repeat(run));
            }
            i += run;
            if (shown.length() > 400) {
                shown.append("…(").append(text.length()).append(" chars)");
                break;
            }
        }
        return shown.toString();
    }

    private static String visible(int point) {
        if (point < 0x20 || point == 0x7F || (point >= 0x80 && point < 0xA0) || Character.isSurrogate((char) point)
                && point <= 0xFFFF || point == 0x2028 || point == 0x202E || point == 0xFEFF || point == 0x200B) {
            return String.format("\\u%04X", point);
        }
        return new String(Character.toChars(point));
    }

    static String showAll(List<String> values) {
        return values.stream().map(Hostile::show).collect(Collectors.joining(", ", "[", "]"));
    }
}
