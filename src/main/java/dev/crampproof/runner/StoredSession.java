package dev.crampproof.runner;

import dev.crampproof.plan.Anchor;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampTiming;
import dev.crampproof.plan.FormCue;
import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.Range;
import dev.crampproof.plan.SessionKind;
import dev.crampproof.plan.SessionLog;
import dev.crampproof.plan.StrengthSession;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * One dated strength session of a stored plan, with its exercises in order: in the session's own
 * row, as one value ({@link StoredExercises}).
 */
@Entity
@Table(name = "strength_session")
public class StoredSession extends PlanPart {

    /** The session's public id within its plan, see {@link StrengthSession#id()}. */
    private String sessionKey;
    private int weekNumber;
    @Column(name = "session_date")
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    @Enumerated(EnumType.STRING)
    private Anchor anchor;
    private boolean conditional;
    private Integer restMin;
    private Integer restMax;
    @Enumerated(EnumType.STRING)
    private FormCue formCue;

    // The session's log, if any (null status = still planned): one row, so one log.
    @Enumerated(EnumType.STRING)
    private LogStatus logStatus;
    private Integer logRpe;
    private String logNote;
    @Enumerated(EnumType.STRING)
    private CrampMuscle logCrampMuscle;
    @Enumerated(EnumType.STRING)
    private CrampTiming logCrampTiming;
    private LocalDate loggedOn;

    // An immutable value (a coach's change replaces it), so Hibernate neither copies it for the
    // dirty check nor misses a change: it compares the value it loaded with the one held now.
    @Convert(converter = StoredExercises.Column.class)
    @Mutability(Immutability.class)
    private StoredExercises exercises;

    private static final StoredExercises.Column EXERCISES = new StoredExercises.Column();

    protected StoredSession() {
        // for JPA
    }

    StoredSession(StoredPlan plan, StrengthSession session) {
        super(plan);
        this.sessionKey = session.id();
        this.weekNumber = session.week();
        this.date = session.date();
        this.kind = session.kind();
        this.anchor = session.anchor();
        this.conditional = session.conditional();
        this.restMin = session.rest() == null ? null : session.rest().min();
        this.restMax = session.rest() == null ? null : session.rest().max();
        this.formCue = session.formCue();
        this.exercises = StoredExercises.asWritten(session.exercises());
    }

    /** A session read from its row by {@link PlanRows}, for showing only: JPA does not manage it. */
    static StoredSession read(ResultSet row) throws SQLException {
        StoredSession session = new StoredSession();
        session.sessionKey = row.getString("session_key");
        session.weekNumber = row.getInt("week_number");
        session.date = row.getObject("session_date", LocalDate.class);
        session.kind = PlanRows.named(SessionKind.class, row, "kind");
        session.anchor = PlanRows.named(Anchor.class, row, "anchor");
        session.conditional = row.getBoolean("conditional");
        session.restMin = row.getObject("rest_min", Integer.class);
        session.restMax = row.getObject("rest_max", Integer.class);
        session.formCue = PlanRows.named(FormCue.class, row, "form_cue");
        session.logStatus = PlanRows.named(LogStatus.class, row, "log_status");
        session.logRpe = row.getObject("log_rpe", Integer.class);
        session.logNote = row.getString("log_note");
        session.logCrampMuscle = PlanRows.named(CrampMuscle.class, row, "log_cramp_muscle");
        session.logCrampTiming = PlanRows.named(CrampTiming.class, row, "log_cramp_timing");
        session.loggedOn = row.getObject("logged_on", LocalDate.class);
        session.exercises = EXERCISES.convertToEntityAttribute(row.getString("exercises"));
        return session;
    }

    /** The session as the rules wrote it; a second double day stays conditional until it is on. */
    StrengthSession toSession(boolean secondDayOn) {
        Range rest = restMin == null ? null : new Range(restMin, restMax);
        return new StrengthSession(date, weekNumber, kind, anchor, conditional && !secondDayOn, rest, formCue,
                exercises.prescriptions(), sessionKey);
    }

    /** The coach's change to the exercise at this position; false if there is none. */
    public boolean adjust(int position, Prescription prescription) {
        if (position < 0 || position >= exercises.size()) {
            return false;
        }
        exercises = exercises.adjusted(position, prescription);
        return true;
    }

    /** Positions of the exercises a coach changed. */
    public List<Integer> adjustedPositions() {
        return exercises.adjustedPositions();
    }

    public StrengthSession toSession() {
        return toSession(false);
    }

    public String key() {
        return sessionKey;
    }

    public LocalDate date() {
        return date;
    }

    public boolean isLogged() {
        return logStatus != null && logStatus != LogStatus.PLANNED;
    }

    public SessionLog log() {
        return logStatus == null ? SessionLog.PLANNED
                : new SessionLog(logStatus, logRpe, logNote, logCrampMuscle, logCrampTiming);
    }

    /** Records the log, replacing any earlier one; PLANNED clears it. */
    public void record(SessionLog log, LocalDate today) {
        boolean clear = log.status() == LogStatus.PLANNED;
        this.logStatus = clear ? null : log.status();
        this.logRpe = clear ? null : log.rpe();
        this.logNote = clear || log.note() == null || log.note().isBlank() ? null : log.note().strip();
        this.logCrampMuscle = clear ? null : log.crampMuscle();
        this.logCrampTiming = clear || log.crampMuscle() == null ? null : log.crampTiming();
        this.loggedOn = clear ? null : today;
    }
}
