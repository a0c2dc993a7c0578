package dev.crampproof.runner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.crampproof.plan.Advice;
import dev.crampproof.plan.Anchor;
import dev.crampproof.plan.BlockWeek;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.CrampTiming;
import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.MovementPattern;
import dev.crampproof.plan.MuscleGroup;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.Range;
import dev.crampproof.plan.RunnerProfile;
import dev.crampproof.plan.SessionKind;
import dev.crampproof.plan.SessionLog;
import dev.crampproof.plan.StrengthSession;
import dev.crampproof.system.Wording;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.util.RawValue;

/**
 * The plan as the JSON API contract (shared/docs/api.md) spells it; field names are fixed. The
 * runner's answers are echoed at the top level (runnerName, raceDate, ... as the contract has
 * them), so a client can show or edit them. The token is the runner's key to the plan: anyone
 * else (a coach) gets the plan {@link #withoutToken()}, and the field is left out.
 */
public record PlanJson(
        @JsonInclude(JsonInclude.Include.NON_NULL) String token,
        @JsonUnwrapped RunnerProfile runner,
        LocalDate createdOn,
        LocalDate blockStart,
        LocalDate blockEnd,
        LocalDate secondDayFrom,
        boolean compressed,
        List<WeekJson> weeks,
        List<String> warnings,
        List<AdviceJson> advice,
        List<String> raceDayCard,
        String secondDay,
        ProgressJson progress,
        CheckInJson checkIn) {

    /** The same plan for someone who is not its runner: no token. */
    public PlanJson withoutToken() {
        return new PlanJson(null, runner, createdOn, blockStart, blockEnd, secondDayFrom, compressed, weeks, warnings,
                advice, raceDayCard, secondDay, progress, checkIn);
    }

    /** S3 at the plan level: PENDING until the check-in, then ON or OFF. */
    static String secondDay(Boolean on) {
        return on == null ? "PENDING" : on ? "ON" : "OFF";
    }

    record ProgressJson(int done, int planned, int percent) {
    }

    record CheckInJson(LocalDate opensOn, boolean open, boolean suggestsYes) {
    }

    record LogJson(LogStatus status, Integer rpe, String note, CrampJson cramp) {

        static LogJson of(SessionLog log) {
            return new LogJson(log.status(), log.rpe(), log.note(),
                    log.cramped() ? new CrampJson(log.crampMuscle(), log.crampTiming()) : null);
        }
    }

    record CrampJson(CrampMuscle muscle, CrampTiming timing) {
    }

    record WeekJson(int number, LocalDate startDate, List<SessionJson> sessions) {
    }

    /** @param exercises the session's list of {@link ExerciseJson}, already in JSON (PlanJsons), written as it is */
    record SessionJson(String id, LocalDate date, SessionKind kind, Anchor anchor, boolean conditional,
            RangeJson restSeconds, String formCue, RawValue exercises, LogJson log) {
    }

    record ExerciseJson(String name, MovementPattern pattern, int sets, RangeJson reps, String load,
            Set<MuscleGroup> targets) {
    }

    record RangeJson(int min, int max) {

        static RangeJson of(Range range) {
            return range == null ? null : new RangeJson(range.min(), range.max());
        }
    }

    record AdviceJson(String rule, String text) {
    }

    /** @param exercises a session's exercises as a JSON list of {@link ExerciseJson} */
    static PlanJson of(PlanView view, Wording wording, Function<List<Prescription>, RawValue> exercises) {
        CrampPlan plan = view.plan();
        return new PlanJson(view.token(), plan.runner(), plan.createdOn(),
                plan.block().start(), plan.block().end(), plan.block().secondDayFrom(), plan.block().compressed(),
                plan.weeks().stream().map(week -> week(week, view, wording, exercises)).toList(),
                plan.guidance().warnings().stream().map(wording::say).toList(),
                plan.guidance().advice().stream().map(advice -> advice(advice, wording)).toList(),
                plan.guidance().raceDayCard().stream().map(wording::say).toList(),
                secondDay(view.secondDayOn()),
                new ProgressJson(view.progress().done(), view.progress().planned(), view.progress().percent()),
                new CheckInJson(view.checkIn().opensOn(), view.checkIn().open(), view.checkIn().suggestsYes()));
    }

    private static WeekJson week(BlockWeek week, PlanView view, Wording wording,
            Function<List<Prescription>, RawValue> exercises) {
        return new WeekJson(week.number(), week.startDate(),
                week.sessions().stream().map(session -> session(session, view, wording, exercises)).toList());
    }

    private static SessionJson session(StrengthSession session, PlanView view, Wording wording,
            Function<List<Prescription>, RawValue> exercises) {
        return new SessionJson(session.id(), session.date(), session.kind(), session.anchor(), session.conditional(),
                RangeJson.of(session.rest()), wording.say(session.formCue().messageCode()),
                exercises.apply(session.exercises()), LogJson.of(view.log(session.id())));
    }

    static ExerciseJson exercise(Prescription prescription, Wording wording) {
        return new ExerciseJson(wording.say(prescription.exercise().messageCode()), prescription.pattern(),
                prescription.sets(), RangeJson.of(prescription.reps()), wording.say(prescription.load().messageCode()),
                prescription.exercise().targets());
    }

    private static AdviceJson advice(Advice advice, Wording wording) {
        return new AdviceJson(advice.rule(), wording.say(advice.text()));
    }
}
