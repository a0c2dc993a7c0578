package dev.crampproof.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the two sessions of a double day: heavy right after the run (S1, H1-H5), light later
 * that day with the same movements (S2, L1), both with core, hip extension and targeted work
 * (T1-T3). Stateful only in counting heavy sessions, for the learning sessions of H5.
 */
final class DoubleDayWriter {

    private final RunnerProfile runner;
    private final Progression progression;
    private int heavySessionsWritten;

    DoubleDayWriter(RunnerProfile runner, Progression progression) {
        this.runner = runner;
        this.progression = progression;
    }

    List<StrengthSession> doubleDay(LocalDate date, int week, Anchor anchor) {
        List<Exercise> compounds = compounds(week, anchor);
        boolean conditional = anchor == Anchor.SPEED;
        return List.of(
                new StrengthSession(date, week, SessionKind.HEAVY, anchor, conditional,
                        Bounds.HEAVY_REST_SECONDS, FormCue.forWeek(week, SessionKind.HEAVY),
                        heavy(compounds, week, anchor)),
                new StrengthSession(date, week, SessionKind.LIGHT, anchor, conditional,
                        null, FormCue.forWeek(week, SessionKind.LIGHT),
                        light(compounds, week, anchor)));
    }

    /**
     * H1: two of the three compound patterns per session, the hinge always (it trains the glutes
     * and hamstrings that late-race form depends on) and squat and lunge taking turns, so that
     * over a week with two double days the runner does all three.
     */
    private List<Exercise> compounds(int week, Anchor anchor) {
        boolean squatTurn = (week % 2 == 1) == (anchor == Anchor.LONG_RUN);
        MovementPattern second = squatTurn ? MovementPattern.SQUAT : MovementPattern.LUNGE;
        return List.of(
                ExerciseCatalogue.compound(second, runner.equipment(), runner.liftingExperience()),
                ExerciseCatalogue.compound(MovementPattern.HINGE, runner.equipment(), runner.liftingExperience()));
    }

    private List<Prescription> heavy(List<Exercise> compounds, int week, Anchor anchor) {
        boolean learning = runner.liftingExperience() == LiftingExperience.NONE
                && heavySessionsWritten < Bounds.LEARNING_SESSIONS;
        heavySessionsWritten++;
        int sets = learning ? Bounds.HEAVY_SETS.min() : progression.heavySets(week);
        Range reps = learning ? Range.exactly(Bounds.HEAVY_REPS.max()) : progression.heavyReps(week);
        Load load = learning ? Load.LEARNING
                : progression.isEasing(week) ? Load.EASING : Load.heavyFor(runner.equipment());
        List<Prescription> exercises = new ArrayList<>();
        compounds.forEach(lift -> exercises.add(new Prescription(lift, sets, reps, load)));
        exercises.addAll(support(Progression.SUPPORT_SETS_HEAVY, Progression.SUPPORT_REPS_HEAVY,
                Load.STRONG_AND_SLOW));
        exercises.add(core(week, SessionKind.HEAVY, anchor));
        return exercises;
    }

    private List<Prescription> light(List<Exercise> compounds, int week, Anchor anchor) {
        int sets = progression.lightSets(week);
        Range reps = progression.lightReps(week);
        List<Prescription> exercises = new ArrayList<>();
        compounds.forEach(lift -> exercises.add(new Prescription(lift, sets, reps, Load.LIGHT)));
        exercises.addAll(support(sets, reps, Load.LIGHT));
        exercises.add(core(week, SessionKind.LIGHT, anchor));
        return exercises;
    }

    /** T2 hip extension, then T3 targeted work for each named cramp muscle. */
    private List<Prescription> support(int sets, Range reps, Load load) {
        List<Prescription> exercises = new ArrayList<>();
        exercises.add(new Prescription(
                ExerciseCatalogue.hipExtension(runner.equipment(), runner.liftingExperience()), sets, reps, load));
        for (CrampMuscle muscle : runner.crampMuscles()) {
            ExerciseCatalogue.targeted(muscle, runner.equipment())
                    .ifPresent(exercise -> exercises.add(new Prescription(exercise, sets, reps, load)));
        }
        return exercises;
    }

    /** T1: core every session, a different exercise each time. */
    private Prescription core(int week, SessionKind kind, Anchor anchor) {
        int rotation = week * 4 + kind.ordinal() * 2 + anchor.ordinal();
        return new Prescription(ExerciseCatalogue.core(rotation, runner.equipment()), Progression.CORE_SETS, Progression.CORE_REPS,
                Load.CONTROLLED);
    }
}
