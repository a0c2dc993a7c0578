package dev.crampproof.runner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crampproof.plan.Anchor;
import dev.crampproof.plan.BlockWeek;
import dev.crampproof.plan.Load;
import dev.crampproof.plan.LongRunLog;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.SessionKind;
import dev.crampproof.plan.StrengthSession;
import dev.crampproof.runner.SessionCard.ExerciseLine;
import dev.crampproof.runner.SessionCard.Heading;
import dev.crampproof.runner.SessionCard.Workout;
import dev.crampproof.system.KeptHtml;
import dev.crampproof.system.SharedFragments;
import dev.crampproof.system.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts a plan's sessions into words for the pages. An exercise line depends only on its
 * prescription (exercise, sets, reps, load), and the bounds of plan/ leave a few hundred of
 * those at most, so each line is worded once per language and kept: the plan page's 276 lines
 * then cost a map lookup each instead of four message lookups and formats.
 *
 * <p>Likewise a session's heading and workout (its exercises, rest and cue) are rendered to HTML
 * once per language by their fragments and kept (system.SharedFragments): runners of the same
 * level, equipment and cramps share their workouts week by week, and runners training on the
 * same day their headings.
 */
@Component
public class SessionCards {

    /** More than every prescription the bounds allow; past it lines are worded but not kept. */
    private static final int MAX_KEPT = 10_000;

    private static final String FRAGMENTS = "fragments/session";
    private static final String LOGS = "tracking/logs";
    private static final String COMMENTS = "fragments/comments";

    private final Wording wording;
    private final SharedFragments fragments;
    private final Map<Locale, Map<Object, Object>> kept = new ConcurrentHashMap<>();
    /**
     * Sessions' headings in words. Bounded, unlike the lines: dates move on. Room for two years
     * of days in each kind and anchor, the days of the plans under way.
     */
    private final Cache<HeadingOf, Heading> headings = Caffeine.newBuilder().maximumSize(4_096).build();

    SessionCards(Wording wording, SharedFragments fragments) {
        this.wording = wording;
        this.fragments = fragments;
    }

    /**
     * The plan's block weeks as the plan page shows them, each with the coach's comments on it, its
     * long run and its session cards, as parts of HTML for {@code cp:parts}
     * (system.PagePartsDialect): kept fragments, which every plan with that week, long run, card or
     * log shares, and between them what is this plan's own, the links to its log pages and the
     * comments. So the page evaluates one expression for its weeks rather than some 560, and
     * copies most of their bytes (docs/performance.md, "Tenth round"). planPath is
     * /plans/{token}, where the log links start.
     */
    public List<CharSequence> weeks(PlanView view, String planPath) {
        MileageUnit unit = view.plan().runner().mileageUnit();
        // about eleven parts a session; the links' common start escaped once
        List<CharSequence> parts = new ArrayList<>(16 * view.plan().weeks().size() + 12 * view.logs().size());
        String planHref = HtmlUtils.htmlEscape(planPath, "UTF-8");
        for (BlockWeek week : view.plan().weeks()) {
            List<KeptHtml> section = fragments.parts(FRAGMENTS, "week",
                    new WeekHeading(week.number(), week.startDate()), 1);
            parts.add(section.get(0));
            thread(parts, view.commentsOn(week.number(), null));
            PlanView.LongRunDay longRun = view.longRunOfWeek(week.number());
            if (longRun != null) {
                link(parts, fragments.parts(LOGS, "longRun", new LongRunLine(longRun.date(), longRun.log(), unit), 1),
                        planHref, "/long-runs/", longRun.date().toString());
            }
            for (StrengthSession session : week.sessions()) {
                SessionCard card = card(session, view);
                List<KeptHtml> frame = fragments.parts(FRAGMENTS, "card",
                        new CardFrame(card.id(), card.kind(), card.conditional()), 3);
                parts.add(frame.get(0));
                parts.add(card.headingHtml());
                parts.add(frame.get(1));
                parts.add(card.workoutHtml());
                parts.add(frame.get(2));
                thread(parts, view.commentsOn(null, session.id()));
                link(parts, fragments.parts(FRAGMENTS, "logLink", view.log(session.id()), 1),
                        planHref, "/sessions/", session.id());
                parts.add(frame.get(3));
            }
            parts.add(section.get(1));
        }
        return parts;
    }

    /** A week's section as its heading shows it: "Week 3", "from Sun 10 Jan 2027". */
    public record WeekHeading(int number, LocalDate from) {
    }

    /** A session card's frame: its id and kind (CSS classes), and whether it is the second double day's. */
    public record CardFrame(String id, String kind, boolean conditional) {
    }

    /** A week's long run on the plan page: its day, its log if any, and the plan's unit of distance. */
    public record LongRunLine(LocalDate date, LongRunLog log, MileageUnit unit) {
    }

    /** The coach's and runner's comments on the plan, a week or a session, as one kept thread. */
    public record Thread(List<StoredComment.Comment> comments) {
    }

    private void thread(List<CharSequence> parts, List<StoredComment.Comment> comments) {
        if (!comments.isEmpty()) {
            parts.add(fragments.html(COMMENTS, "keptThread", new Thread(comments)));
        }
    }

    /**
     * A kept fragment around its one slot, a link: the plan's own address goes in, escaped, as
     * three parts (the plan's, escaped already, a path and an id) rather than joined.
     */
    private static void link(List<CharSequence> parts, List<KeptHtml> around, String planHref, String path,
            String id) {
        parts.add(around.get(0));
        parts.add(planHref);
        parts.add(path);
        parts.add(escaped(id));
        parts.add(around.get(1));
    }

    /** A session's id or a date, escaped: as it is when, as always, it has nothing to escape. */
    private static String escaped(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return HtmlUtils.htmlEscape(id, "UTF-8");
            }
        }
        return id;
    }

    public SessionCard card(StrengthSession session, PlanView view) {
        List<ExerciseLine> lines = new ArrayList<>(session.exercises().size());
        for (int position = 0; position < session.exercises().size(); position++) {
            ExerciseLine line = line(session.exercises().get(position));
            lines.add(view.isAdjusted(session.id(), position) ? line.changedByCoach() : line);
        }
        // the rest in words depends on the range alone (3-5 minutes in every heavy session): kept too
        String rest = session.rest() == null ? wording.say("plan.session.rest.light")
                : keep(session.rest(), () -> wording.say("plan.session.rest", session.rest().min() / 60,
                        session.rest().max() / 60));
        // the same for everyone training on that day: worded once (a date formatted, three messages)
        Heading heading = headings.get(new HeadingOf(LocaleContextHolder.getLocale(), session.date(), session.kind(),
                session.anchor()), key -> new Heading(key.date(), wording.date(key.date()), wording.label(key.kind()),
                        wording.say("plan.session.anchor." + key.anchor() + "." + key.kind())));
        Workout workout = new Workout(session.conditional(), lines, rest, wording.say(session.formCue().messageCode()));
        return new SessionCard(session.id(), session.week(), session.kind().name().toLowerCase(Locale.ROOT),
                heading, fragments.html(FRAGMENTS, "heading", heading), workout,
                fragments.html(FRAGMENTS, "workout", workout));
    }

    private ExerciseLine line(Prescription prescription) {
        return keep(prescription, () -> new ExerciseLine(
                wording.say(prescription.exercise().messageCode()),
                wording.say("plan.exercise.trains", wording.labels(prescription.exercise().targets())),
                wording.say("plan.exercise.dose", prescription.sets(), wording.reps(prescription.reps())),
                wording.say(prescription.load().shortNameCode()), false));
    }

    /** What a session's heading says depends on these alone. */
    private record HeadingOf(Locale locale, LocalDate date, SessionKind kind, Anchor anchor) {
    }

    /** A load as its legend shows it: its name in a word or two, then what it means. */
    public record LoadWords(String id, String name, String text) {
    }

    /** The loads the sessions ask for, in the order they first appear: the plan's legend of loads. */
    public List<LoadWords> loads(Collection<StrengthSession> sessions) {
        Set<Load> loads = new LinkedHashSet<>();
        sessions.forEach(session -> session.exercises().forEach(prescription -> loads.add(prescription.load())));
        return loads.stream().map(load -> new LoadWords(loadId(load), wording.say(load.shortNameCode()),
                wording.say(load.messageCode()))).toList();
    }

    /** The id of a load's full description on a page. */
    private static String loadId(Load load) {
        return load.messageCode().replace('.', '-');
    }

    @SuppressWarnings("unchecked")
    private <T> T keep(Object what, Supplier<T> words) {
        Map<Object, Object> language = kept.computeIfAbsent(LocaleContextHolder.getLocale(),
                locale -> new ConcurrentHashMap<>());
        Object known = language.get(what);
        if (known != null) {
            return (T) known;
        }
        T made = words.get();
        if (language.size() < MAX_KEPT) {
            language.putIfAbsent(what, made);
        }
        return made;
    }
}
