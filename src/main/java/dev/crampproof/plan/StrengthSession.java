package dev.crampproof.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One dated strength session. Its id is made from its date and kind, which is unique within a
 * plan (at most one double day per date) and stays the same when the plan is regenerated, so
 * logs and calendar entries keep pointing at it.
 *
 * <p>The id is a component, made once (by the generator, or read back as stored): the plan's
 * pages and JSON ask for it several times per session, and making it each time was 9 % of all
 * the memory a plan JSON allocated (docs/performance.md, "Plan page and JSON, fifth round").
 *
 * @param rest null for light sessions, which have no prescribed rest
 * @param conditional S3: a second double day that waits on the week-3 check-in
 * @param id {@link #idOf(LocalDate, SessionKind)} of the date and kind
 */
public record StrengthSession(
        LocalDate date,
        int week,
        SessionKind kind,
        Anchor anchor,
        boolean conditional,
        Range rest,
        FormCue formCue,
        List<Prescription> exercises,
        String id) {

    public StrengthSession {
        exercises = List.copyOf(exercises);
    }

    public StrengthSession(LocalDate date, int week, SessionKind kind, Anchor anchor, boolean conditional, Range rest,
            FormCue formCue, List<Prescription> exercises) {
        this(date, week, kind, anchor, conditional, rest, formCue, exercises, idOf(date, kind));
    }

    public static String idOf(LocalDate date, SessionKind kind) {
        return date + "-" + kind.name().toLowerCase(Locale.ROOT);
    }
}
