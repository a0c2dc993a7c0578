package dev.crampproof.runner;

import dev.crampproof.plan.BlockWeek;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.Guidance;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.plan.RunnerProfile;
import dev.crampproof.plan.StrengthBlock;
import dev.crampproof.plan.StrengthSession;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dev.crampproof.plan.LongRunLog;
import dev.crampproof.plan.SessionLog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A runner's plan as stored: their answers, the block's dates and the sessions. The sessions
 * are rows, not a blob, because logs, comments and coach edits attach to single sessions.
 * Guidance is not stored: it follows from the answers and the block, so it is recomputed.
 */
@Entity
@Table(name = "plan")
public class StoredPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /** The plan's public id: the only way to reach it from outside. */
    private String token;

    private String runnerName;
    private String raceName;
    private LocalDate raceDate;
    @Enumerated(EnumType.STRING)
    private RaceDistance raceDistance;
    private BigDecimal weeklyMileage;
    @Enumerated(EnumType.STRING)
    private MileageUnit mileageUnit;
    @Enumerated(EnumType.STRING)
    private DayOfWeek longRunDay;
    @Enumerated(EnumType.STRING)
    private DayOfWeek speedDay;

    @ElementCollection
    @CollectionTable(name = "plan_cramp_muscle", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "muscle")
    @Enumerated(EnumType.STRING)
    private Set<CrampMuscle> crampMuscles = EnumSet.noneOf(CrampMuscle.class);

    @Enumerated(EnumType.STRING)
    private CrampFrequency crampFrequency;
    private BigDecimal crampOnset;
    private boolean crampsInTraining;
    private boolean fluidsAlreadyChanged;
    @Enumerated(EnumType.STRING)
    private LiftingExperience liftingExperience;
    @Enumerated(EnumType.STRING)
    private Equipment equipment;

    @ElementCollection
    @CollectionTable(name = "plan_race_condition", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "race_condition")
    @Enumerated(EnumType.STRING)
    private Set<RaceCondition> raceConditions = EnumSet.noneOf(RaceCondition.class);

    private int preferredStartWeeks;
    private LocalDate createdOn;
    private LocalDate blockStart;
    private LocalDate blockEnd;
    private LocalDate secondDayFrom;
    private boolean compressed;
    private int longRunDays;
    private int fullLongRunDays;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, kind")
    private List<StoredSession> sessions = new ArrayList<>();

    /** S3: null until the check-in; true once the second double day is on; false for "not yet". */
    private Boolean secondDayOn;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("runDate")
    private List<StoredLongRun> longRuns = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<StoredCheckIn> checkIns = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("writtenAt")
    private List<StoredComment> comments = new ArrayList<>();

    /** The coach this runner joined, if any (a plain id: the runner side knows no coach types). */
    private Long coachId;
    /** The athlete's id in the coach's URLs; new at every join, so an old coach's links die. */
    private String athleteKey;
    private Instant reviewedAt;
    private Instant lastLoggedAt;
    private LocalDate lastCrampOn;

    // The coach roster's sort keys: plain columns, so that every sort is an index range (V7).
    // Derived from the fields above before each write, so they cannot drift from them.
    // Completion depends on the date too and is kept by RecentCompletion.
    private String rosterName;
    private LocalDate rosterPhase;
    private boolean rosterSecondDay;
    private boolean rosterUnread;
    // Completion as a new plan's row starts with it, counted for the day the plan is made: every
    // session lies ahead (D1: the block starts tomorrow at the earliest), so none of the last four
    // weeks' is planned, which RecentCompletion writes as -1. Written with the insert only; from
    // then on RecentCompletion keeps both columns, so an update of the plan must not touch them.
    @Column(updatable = false)
    private double rosterCompletion = -1;
    @Column(updatable = false)
    private LocalDate rosterCompletionOn;

    @Version
    private long version;

    protected StoredPlan() {
        // for JPA
    }

    StoredPlan(String token, CrampPlan plan) {
        this.token = token;
        this.createdOn = plan.createdOn();
        this.rosterCompletionOn = plan.createdOn();
        takeAnswers(plan.runner());
        takeBlock(plan);
        plan.sessions().forEach(session -> sessions.add(new StoredSession(this, session)));
    }

    /**
     * A plan read from its row by {@link PlanRows}, for showing only: JPA does not manage it. Its
     * answer lists come from {@link #readAnswers}, its parts from {@link #readParts}.
     */
    static StoredPlan read(ResultSet row) throws SQLException {
        StoredPlan plan = new StoredPlan();
        plan.id = row.getLong("id");
        plan.token = row.getString("token");
        plan.runnerName = row.getString("runner_name");
        plan.raceName = row.getString("race_name");
        plan.raceDate = row.getObject("race_date", LocalDate.class);
        plan.raceDistance = PlanRows.named(RaceDistance.class, row, "race_distance");
        plan.weeklyMileage = row.getBigDecimal("weekly_mileage");
        plan.mileageUnit = PlanRows.named(MileageUnit.class, row, "mileage_unit");
        plan.longRunDay = PlanRows.named(DayOfWeek.class, row, "long_run_day");
        plan.speedDay = PlanRows.named(DayOfWeek.class, row, "speed_day");
        plan.crampFrequency = PlanRows.named(CrampFrequency.class, row, "cramp_frequency");
        plan.crampOnset = row.getBigDecimal("cramp_onset");
        plan.crampsInTraining = row.getBoolean("cramps_in_training");
        plan.fluidsAlreadyChanged = row.getBoolean("fluids_already_changed");
        plan.liftingExperience = PlanRows.named(LiftingExperience.class, row, "lifting_experience");
        plan.equipment = PlanRows.named(Equipment.class, row, "equipment");
        plan.preferredStartWeeks = row.getInt("preferred_start_weeks");
        plan.createdOn = row.getObject("created_on", LocalDate.class);
        plan.blockStart = row.getObject("block_start", LocalDate.class);
        plan.blockEnd = row.getObject("block_end", LocalDate.class);
        plan.secondDayFrom = row.getObject("second_day_from", LocalDate.class);
        plan.compressed = row.getBoolean("compressed");
        plan.longRunDays = row.getInt("long_run_days");
        plan.fullLongRunDays = row.getInt("full_long_run_days");
        plan.secondDayOn = row.getObject("second_day_on", Boolean.class);
        plan.coachId = row.getObject("coach_id", Long.class);
        plan.athleteKey = row.getString("athlete_key");
        plan.reviewedAt = PlanRows.instant(row, "reviewed_at");
        plan.lastLoggedAt = PlanRows.instant(row, "last_logged_at");
        plan.lastCrampOn = row.getObject("last_cramp_on", LocalDate.class);
        plan.rosterName = row.getString("roster_name");
        plan.rosterPhase = row.getObject("roster_phase", LocalDate.class);
        plan.rosterSecondDay = row.getBoolean("roster_second_day");
        plan.rosterUnread = row.getBoolean("roster_unread");
        plan.rosterCompletion = row.getDouble("roster_completion");
        plan.rosterCompletionOn = row.getObject("roster_completion_on", LocalDate.class);
        plan.version = row.getLong("version");
        return plan;
    }

    /** The cramp muscle and race condition of one row of the plan joined to its answer lists. */
    void readAnswers(ResultSet row) throws SQLException {
        CrampMuscle muscle = PlanRows.named(CrampMuscle.class, row, "muscle");
        if (muscle != null) {
            crampMuscles.add(muscle);
        }
        RaceCondition condition = PlanRows.named(RaceCondition.class, row, "race_condition");
        if (condition != null) {
            raceConditions.add(condition);
        }
    }

    /** The parts of a plan read by {@link PlanRows}, each list in the order its mapping gives. */
    void readParts(List<StoredSession> sessions, List<StoredLongRun> longRuns, List<StoredComment> comments) {
        this.sessions = sessions;
        this.longRuns = longRuns;
        this.comments = comments;
    }

    private void takeAnswers(RunnerProfile runner) {
        this.runnerName = runner.runnerName();
        this.raceName = runner.raceName();
        this.raceDate = runner.raceDate();
        this.raceDistance = runner.raceDistance();
        this.weeklyMileage = runner.weeklyMileage();
        this.mileageUnit = runner.mileageUnit();
        this.longRunDay = runner.longRunDay();
        this.speedDay = runner.speedDay();
        this.crampMuscles.addAll(runner.crampMuscles());
        this.crampFrequency = runner.crampFrequency();
        this.crampOnset = runner.crampOnset();
        this.crampsInTraining = runner.crampsInTraining();
        this.fluidsAlreadyChanged = runner.fluidsAlreadyChanged();
        this.liftingExperience = runner.liftingExperience();
        this.equipment = runner.equipment();
        this.raceConditions.addAll(runner.raceConditions());
        this.preferredStartWeeks = runner.preferredStartWeeks();
    }

    private void takeBlock(CrampPlan plan) {
        StrengthBlock block = plan.block();
        this.blockStart = block.start();
        this.blockEnd = block.end();
        this.secondDayFrom = block.secondDayFrom();
        this.compressed = block.compressed();
        this.longRunDays = block.longRunDays();
        this.fullLongRunDays = block.fullLongRunDays();
    }

    public String token() {
        return token;
    }

    public RunnerProfile runner() {
        return new RunnerProfile(runnerName, raceName, raceDate, raceDistance, weeklyMileage,
                mileageUnit, longRunDay, speedDay, crampMuscles, crampFrequency, crampOnset, crampsInTraining,
                fluidsAlreadyChanged, liftingExperience, equipment, raceConditions, preferredStartWeeks);
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public Boolean secondDayOn() {
        return secondDayOn;
    }

    /** The database id, for rows that point at the plan (audit trail); never shown outside. */
    public Long id() {
        return id;
    }

    /** The block's dates as stored, without rebuilding the whole plan. */
    public StrengthBlock block() {
        return new StrengthBlock(blockStart, blockEnd, secondDayFrom, compressed, longRunDays, fullLongRunDays);
    }

    /** The plan as the rules see it, rebuilt from the rows; guidance is recomputed. */
    public CrampPlan toPlan() {
        RunnerProfile runner = runner();
        StrengthBlock block = block();
        return new CrampPlan(runner, createdOn, block, weeks(block), Guidance.of(runner, block));
    }

    private List<BlockWeek> weeks(StrengthBlock block) {
        Map<Integer, List<StrengthSession>> byWeek = new LinkedHashMap<>();
        for (StoredSession stored : sessions) {
            StrengthSession session = stored.toSession(Boolean.TRUE.equals(secondDayOn));
            byWeek.computeIfAbsent(session.week(), week -> new ArrayList<>()).add(session);
        }
        return byWeek.entrySet().stream()
                .map(week -> new BlockWeek(week.getKey(), block.weekStart(week.getKey()), week.getValue()))
                .toList();
    }

    public Optional<StoredSession> session(String key) {
        return sessions.stream().filter(session -> session.key().equals(key)).findFirst();
    }

    /** Every session's log by session id; sessions never logged are PLANNED. */
    public Map<String, SessionLog> logs() {
        Map<String, SessionLog> logs = new LinkedHashMap<>();
        sessions.forEach(session -> logs.put(session.key(), session.log()));
        return logs;
    }

    public List<LongRunLog> longRunLogs() {
        return longRuns.stream().map(StoredLongRun::toLog).toList();
    }

    public void logLongRun(LongRunLog log, LocalDate today) {
        StoredLongRun run = longRuns.stream().filter(r -> r.runDate().equals(log.date())).findFirst()
                .orElseGet(() -> {
                    StoredLongRun added = new StoredLongRun(this, log.date());
                    longRuns.add(added);
                    return added;
                });
        run.record(log, today);
    }

    /** Notes a log written now, for the coach's unread marker and last-cramp column. */
    public void logged(Instant now, LocalDate crampOn) {
        lastLoggedAt = now;
        if (crampOn != null && (lastCrampOn == null || crampOn.isAfter(lastCrampOn))) {
            lastCrampOn = crampOn;
        }
    }

    public Long coachId() {
        return coachId;
    }

    public String athleteKey() {
        return athleteKey;
    }

    public void joinCoach(long coach, String key) {
        coachId = coach;
        athleteKey = key;
        reviewedAt = null;
    }

    public void leaveCoach() {
        coachId = null;
        athleteKey = null;
    }

    public void markReviewed(Instant now) {
        reviewedAt = now;
    }

    public boolean hasUnreadLogs() {
        return lastLoggedAt != null && (reviewedAt == null || lastLoggedAt.isAfter(reviewedAt));
    }

    @PrePersist
    @PreUpdate
    private void rosterKeys() {
        rosterName = runnerName.toLowerCase(Locale.ROOT);
        rosterPhase = blockStart != null ? blockStart : raceDate;
        rosterSecondDay = Boolean.TRUE.equals(secondDayOn);
        rosterUnread = hasUnreadLogs();
    }

    /** The coach (or later a runner's check-in) turns the second double day on or off. */
    public void setSecondDay(boolean on) {
        secondDayOn = on;
    }

    public void comment(StoredComment.Comment comment) {
        comments.add(new StoredComment(this, comment));
    }

    /** "sessionId#position" of every exercise a coach changed. */
    public Set<String> adjustedExercises() {
        Set<String> adjusted = new HashSet<>();
        sessions.forEach(session -> session.adjustedPositions()
                .forEach(position -> adjusted.add(session.key() + "#" + position)));
        return adjusted;
    }

    public List<StoredComment.Comment> comments() {
        return comments.stream().map(StoredComment::toComment).toList();
    }

    /** S3: the runner's answer; yes turns the second double days on, not yet keeps them off. */
    public void checkIn(boolean wentWell, LocalDate today) {
        checkIns.add(new StoredCheckIn(this, today, wentWell));
        secondDayOn = wentWell;
    }

    /**
     * New answers, new plan, step one: the answers and the block dates change, and the sessions
     * still ahead that nobody logged go. Past sessions and every logged one stay, logs and all.
     * The caller flushes before step two, because a new session may reuse a removed one's id.
     */
    public void replanAnswers(CrampPlan replanned, LocalDate today) {
        takeAnswers(replanned.runner());
        takeBlock(replanned);
        sessions.removeIf(session -> !session.date().isBefore(today) && !session.isLogged());
    }

    /** Step two: the regenerated sessions ahead join the ones kept. */
    public void replanSessions(CrampPlan replanned, LocalDate today) {
        Set<String> kept = new HashSet<>();
        sessions.forEach(session -> kept.add(session.key()));
        replanned.sessions()
                .filter(session -> !session.date().isBefore(today) && !kept.contains(session.id()))
                .forEach(session -> sessions.add(new StoredSession(this, session)));
        sessions.sort(Comparator.comparing(StoredSession::date).thenComparing(StoredSession::key));
    }

    /** Switches every distance of the plan to the other unit. */
    public void switchUnit(MileageUnit unit, BigDecimal factor) {
        if (unit == mileageUnit) {
            return;
        }
        mileageUnit = unit;
        weeklyMileage = weeklyMileage.multiply(factor).setScale(RunnerProfile.DISTANCE_SCALE, RoundingMode.HALF_UP);
        crampOnset = crampOnset == null ? null
                : crampOnset.multiply(factor).setScale(RunnerProfile.DISTANCE_SCALE, RoundingMode.HALF_UP);
        longRuns.forEach(run -> run.convert(factor));
    }
}
