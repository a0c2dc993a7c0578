package dev.crampproof.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Template fragments whose HTML depends only on one value and the language, rendered once and
 * kept. Many runners share parts of their plans: the same workout in week 5 for everyone of the
 * same level, equipment and cramps; the same calendar week for everyone with the same long-run
 * and speed days; the same session heading for everyone training on that date. Rendering those
 * parts anew was most of the plan page's time (docs/performance.md, "Plan page and JSON").
 *
 * <p>The rule that keeps it right: the fragment may read only its one variable (a record, so
 * equal values are equal keys; named as the fragment is), messages and beans whose answers
 * depend only on the language.
 * No links, forms or request data (there is no request when it renders), and no {@code <pre>}
 * or {@code <textarea>}, whose line breaks and indents would show: a fragment's runs of white
 * space that hold a line break are kept as that one line break, which a browser shows as the
 * same single space (the plan page: 125 instead of 132 kB). Thymeleaf escapes
 * the fragment's output as usual, so the page prints it unescaped ({@code cp:parts}, or
 * {@code th:utext}).
 *
 * <p>Each kept fragment's UTF-8 bytes are kept with it ({@link KeptHtml}): the page writer
 * ({@link PageBytes}) copies them instead of encoding the fragment again, character by character,
 * on every page. The
 * plan page is three quarters shared fragments (some 97 of 131 kB), and encoding them was a tenth
 * of its CPU time (docs/performance.md, "Ninth round").
 */
@Component
public class SharedFragments {

    /**
     * Room for the kept HTML, in characters (two bytes each at most, and beside them the UTF-8
     * bytes, about one a character for this mostly-ASCII markup): a few thousand fragments of one
     * or two thousand characters. A fragment not kept is rendered again when next shown.
     */
    static final long KEPT_CHARACTERS = 4_000_000;

    /** White space that holds a line break: the template's line ends, indents and blank lines. */
    private static final Pattern LINES_AND_INDENTS = Pattern.compile("\\s*\n\\s*");

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    /** Each fragment as its parts, cut at its slots: one part, the whole, for a fragment without. */
    private final Cache<Key, List<KeptHtml>> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARACTERS)
            .weigher((Key key, List<KeptHtml> parts) -> parts.stream().mapToInt(KeptHtml::length).sum())
            .build();

    /** {@link #cut} as one object: a method reference in the call is a new object at each call (some 300 a plan page). */
    private final Function<Key, List<KeptHtml>> cutter = this::cut;

    SharedFragments(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    private record Key(String template, String fragment, Locale locale, Record value) {
    }

    /**
     * The HTML of {@code template :: fragment} with {@code value} as its variable of the same name
     * as the fragment, in the language of the current request: a fragment without slots, kept as
     * {@link #parts} keeps one, whole.
     */
    public KeptHtml html(String template, String fragment, Record value) {
        return parts(template, fragment, value, 0).get(0);
    }

    /**
     * What a fragment prints where a page's own bits go (a link to this plan's log page, a
     * runner's log inside a shared session card): {@code th:utext="${slot}"} in an element's body,
     * {@code th:href="${slot}"} in an attribute. A control character, which no message or value
     * of a kept fragment holds and which Thymeleaf's escaping leaves as it is.
     */
    static final String SLOT = "\u0001";

    /**
     * The HTML of {@code template :: fragment}, as {@link #html}, cut at its slots: n slots, n + 1
     * parts, each kept (and its bytes) as the whole fragment would be. The page puts its own bits,
     * HTML already, between them.
     *
     * @throws IllegalStateException if the fragment printed other than {@code slots} slots: a
     *     value with the slot's character in it (pages' free text refuses control characters:
     *     plan.LogCheck, runner.CommentCheck), or a fragment that lost or gained one
     */
    public List<KeptHtml> parts(String template, String fragment, Record value, int slots) {
        List<KeptHtml> parts = kept.get(new Key(template, fragment, LocaleContextHolder.getLocale(), value), cutter);
        if (parts.size() != slots + 1) {
            throw new IllegalStateException(template + " :: " + fragment + " printed " + (parts.size() - 1)
                    + " slots, not " + slots);
        }
        return parts;
    }

    private List<KeptHtml> cut(Key key) {
        return Stream.of(render(key).split(SLOT, -1)).map(KeptHtml::new).toList();
    }

    private String render(Key key) {
        Context context = new Context(key.locale());
        context.setVariable(key.fragment(), key.value());
        context.setVariable("slot", SLOT);
        // What lets the fragment call @wording and other beans outside a request. One per render:
        // Thymeleaf puts the render's expression objects (#strings, …) into it, and a shared one
        // had another thread's, or none, when two fragments were rendered at once.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return LINES_AND_INDENTS.matcher(templates.process(key.template(), Set.of(key.fragment()), context))
                .replaceAll("\n");
    }
}
