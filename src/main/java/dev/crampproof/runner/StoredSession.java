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
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One dated strength session of a stored plan, with its exercises in order. */
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

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<StoredExercise> exercises = new ArrayList<>();

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
        for (int position = 0; position < session.exercises().size(); position++) {
            exercises.add(new StoredExercise(this, position, session.exercises().get(position)));
        }
    }

    /** The session as the rules wrote it; a second double day stays conditional until it is on. */
    StrengthSession toSession(boolean secondDayOn) {
        Range rest = restMin == null ? null : new Range(restMin, restMax);
        return new StrengthSession(date, weekNumber, kind, anchor, conditional && !secondDayOn, rest, formCue,
                exercises.stream().map(StoredExercise::toPrescription).toList());
    }

    /** The coach's change to the exercise at this position; false if there is none. */
    public boolean adjust(int position, Prescription prescription) {
        if (position < 0 || position >= exercises.size()) {
            return false;
        }
        exercises.get(position).adjust(prescription);
        return true;
    }

    /** Positions of the exercises a coach changed. */
    public List<Integer> adjustedPositions() {
        List<Integer> positions = new ArrayList<>();
        for (int position = 0; position < exercises.size(); position++) {
            if (exercises.get(position).adjusted()) {
                positions.add(position);
            }
        }
        return positions;
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
