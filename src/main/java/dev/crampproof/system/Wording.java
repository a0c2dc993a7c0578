package dev.crampproof.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crampproof.plan.Range;
import dev.crampproof.plan.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the plan's message codes into words from messages.properties, formatting dates, enums
 * and numbers the same way on every page and in the API. Templates use it as {@code @wording}.
 */
@Component("wording")
public class Wording {

    private static final int MAX_CONSTANTS = 5_000;
    /** Texts with arguments kept (see {@link #text(String, Object[], Locale)}). */
    private static final int MAX_FORMATTED = 4_096;
    /** Longer string arguments (a note, say) are formatted each time and not kept. */
    private static final int MAX_KEPT_ARGUMENT = 64;

    private final MessageSource messages;
    private final Map<Locale, Constants> constants = new ConcurrentHashMap<>();
    /** Formatters by language: made once, not for each of the hundred dates of a plan page. */
    private final Map<Locale, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> timeFormats = new ConcurrentHashMap<>();
    private final Cache<Formatted, String> formatted = Caffeine.newBuilder().maximumSize(MAX_FORMATTED).build();

    Wording(MessageSource messages) {
        this.messages = messages;
    }

    public String say(Text text) {
        if (text.args().isEmpty()) {
            return constant(constants().texts(), text.code(), () -> messages.getMessage(text.code(), null, locale()));
        }
        Object[] args = text.args().stream().map(this::argument).toArray();
        return text(text.code(), args, locale());
    }

    public String say(String code, Object... args) {
        return say(Text.of(code, args));
    }

    /**
     * A text without arguments in the given language, looked up once and kept: what the
     * templates' {@code #{code}} read too (TemplateMessages).
     */
    String text(String code, Locale locale) {
        return constant(constants(locale).texts(), code, () -> messages.getMessage(code, null, locale));
    }

    /**
     * A text with arguments in the given language: what {@code #{code(…)}} in the templates reads
     * too (TemplateMessages). Spring formats such a text with a MessageFormat that it shares under
     * a lock and that makes a new number format for every number: some 3 % of a plan page's CPU
     * time, for the same "Week 3" and "2 of 4 done" on every page (docs/performance.md, "Plan page
     * and JSON, fifth round"). So a text whose arguments are whole numbers and short strings is
     * formatted once and kept, at most {@value #MAX_FORMATTED} of them, the least used going first;
     * any other is formatted each time.
     */
    String text(String code, Object[] args, Locale locale) {
        if (!keepable(args)) {
            return messages.getMessage(code, args, locale);
        }
        return formatted.get(new Formatted(code, locale, List.of(args)), key -> messages.getMessage(code, args, locale));
    }

    private static boolean keepable(Object[] args) {
        for (Object arg : args) {
            boolean keepable = arg instanceof Integer || arg instanceof Long
                    || arg instanceof String string && string.length() <= MAX_KEPT_ARGUMENT;
            if (!keepable) {
                return false;
            }
        }
        return true;
    }

    /** A text with arguments, by what makes it. */
    private record Formatted(String code, Locale locale, List<Object> args) {
    }

    /** A date as runners read it, e.g. "Sun 27 Dec 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(
                dateFormats.computeIfAbsent(locale(), locale -> DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale)));
    }

    /** A moment as the server's local time, e.g. "14:05". */
    public String time(Instant instant) {
        return instant == null ? "" : timeFormats.computeIfAbsent(locale(),
                locale -> DateTimeFormatter.ofPattern("HH:mm", locale)).format(instant.atZone(ZoneId.systemDefault()));
    }

    /** The label of an enum constant, e.g. {@code enum.MileageUnit.MILES}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return constant(constants().labels(), value, () -> messages.getMessage(
                "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, value.name(), locale()));
    }

    /**
     * A text without arguments is the same every time in a language: looked up once and kept. The
     * keys are message codes and enum constants of the code, never user input, so the map stays
     * as small as messages.properties; the cap is only a guard.
     */
    private String constant(Map<Object, String> kind, Object what, Supplier<String> lookUp) {
        String known = kind.get(what);
        if (known == null) {
            known = lookUp.get();
            if (kind.size() < MAX_CONSTANTS) {
                kind.put(what, known);
            }
        }
        return known;
    }

    /** Texts without arguments (by message code) or enum labels (by constant), in one language. */
    private record Constants(Map<Object, String> texts, Map<Object, String> labels) {

        Constants() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private Constants constants() {
        return constants(locale());
    }

    private Constants constants(Locale locale) {
        return constants.computeIfAbsent(locale, language -> new Constants());
    }

    /** Reps as "5" or as a range "12–15". */
    public String reps(Range reps) {
        return reps.min() == reps.max() ? String.valueOf(reps.min())
                : say("plan.exercise.reps.range", reps.min(), reps.max());
    }

    /** Labels of several enum constants, comma-separated, e.g. "quads, glutes, core". */
    public String labels(Collection<? extends Enum<?>> values) {
        return values.stream().map(this::label).collect(Collectors.joining(", "));
    }

    /** Whole percents in words, comma-separated; a negative one means nothing was planned. */
    public String percents(Collection<Integer> percents) {
        return percents.stream().map(p -> p < 0 ? say("percent.none") : say("percent", p))
                .collect(Collectors.joining(", "));
    }

    private Object argument(Object arg) {
        if (arg instanceof LocalDate date) {
            return date(date);
        }
        if (arg instanceof Enum<?> value) {
            return label(value);
        }
        if (arg instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return arg;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
