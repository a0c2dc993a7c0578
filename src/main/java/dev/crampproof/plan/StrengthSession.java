package dev.crampproof.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One dated strength session. Its id is made from its date and kind, which is unique within a
 * plan (at most one double day per date) and stays the same when the plan is regenerated, so
 * logs and calendar entries keep pointing at it.
 *
 * @param rest null for light sessions, which have no prescribed rest
 * @param conditional S3: a second double day that waits on the week-3 check-in
 */
public record StrengthSession(
        LocalDate date,
        int week,
        SessionKind kind,
        Anchor anchor,
        boolean conditional,
        Range rest,
        FormCue formCue,
        List<Prescription> exercises) {

    public StrengthSession {
        exercises = List.copyOf(exercises);
    }

    public String id() {
        return idOf(date, kind);
    }

    public static String idOf(LocalDate date, SessionKind kind) {
        return date + "-" + kind.name().toLowerCase(Locale.ROOT);
    }
}
