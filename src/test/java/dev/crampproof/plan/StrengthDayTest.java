package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every strength day trains: rules T1-T3. */
class StrengthDayTest {

    private static final Map<CrampMuscle, MuscleGroup> TARGET_OF = Map.of(
            CrampMuscle.CALF, MuscleGroup.CALVES,
            CrampMuscle.HAMSTRING, MuscleGroup.HAMSTRINGS,
            CrampMuscle.QUAD, MuscleGroup.QUADS);

    @Test
    @DisplayName("T1: core, glutes and hips are among the targets of every strength day")
    void t1_coreGlutesHipsEveryDay() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> byDay(plan).forEach((date, exercises) -> {
            Set<MuscleGroup> targets = targets(exercises);
            violations.check(targets.containsAll(EnumSet.of(MuscleGroup.CORE, MuscleGroup.GLUTES, MuscleGroup.HIPS)),
                    c, "%s trains %s", date, targets);
        }));
        violations.assertNone();
    }

    @Test
    @DisplayName("T2: a HIP_EXTENSION exercise every strength day")
    void t2_hipExtensionEveryDay() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> byDay(plan).forEach((date, exercises) -> violations.check(
                exercises.stream().anyMatch(p -> p.pattern() == MovementPattern.HIP_EXTENSION), c,
                "%s has no hip extension: %s", date, exercises.stream().map(Prescription::exercise).toList())));
        violations.assertNone();
    }

    @Test
    @DisplayName("T3: targeted work for each named calf, hamstring, quad every strength day, only for named muscles, and T1-T2 still there")
    void t3_targetedWorkForEachNamedMuscle() {
        Violations violations = new Violations();
        LongAdder targetedDays = new LongAdder();
        PlanSpace.forEachBlock((c, plan) -> {
            Set<MuscleGroup> named = c.runner().crampMuscles().stream().filter(TARGET_OF::containsKey)
                    .map(TARGET_OF::get).collect(Collectors.toCollection(() -> EnumSet.noneOf(MuscleGroup.class)));
            byDay(plan).forEach((date, exercises) -> {
                List<Prescription> targeted = exercises.stream()
                        .filter(p -> p.pattern() == MovementPattern.TARGETED).toList();
                for (MuscleGroup muscle : named) {
                    violations.check(targeted.stream().anyMatch(p -> p.exercise().targets().contains(muscle)), c,
                            "%s: no targeted work for %s in %s", date, muscle,
                            targeted.stream().map(Prescription::exercise).toList());
                }
                for (Prescription p : targeted) {
                    violations.check(p.exercise().targets().stream().anyMatch(named::contains), c,
                            "%s: %s targets no named muscle %s", date, p.exercise(), named);
                }
                if (!named.isEmpty()) {
                    targetedDays.increment();
                    Set<MuscleGroup> targets = targets(exercises);
                    violations.check(targets.containsAll(EnumSet.of(MuscleGroup.CORE, MuscleGroup.GLUTES,
                                    MuscleGroup.HIPS))
                                    && exercises.stream().anyMatch(p -> p.pattern() == MovementPattern.HIP_EXTENSION),
                            c, "%s: targeted work replaced T1-T2: %s", date, exercises.stream()
                                    .map(Prescription::exercise).toList());
                }
            });
        });
        violations.assertNone();
        assertThat(targetedDays.sum()).isPositive();
    }

    @Test
    @DisplayName("T1-T3: every exercise names the muscle groups it trains; the targeted exercises train their muscle")
    void t3_everyExerciseNamesItsTargets() {
        for (Exercise exercise : Exercise.values()) {
            assertThat(exercise.targets()).as("%s", exercise).isNotEmpty();
        }
        for (Equipment equipment : Equipment.values()) {
            for (Map.Entry<CrampMuscle, MuscleGroup> entry : TARGET_OF.entrySet()) {
                assertThat(ExerciseCatalogue.targeted(entry.getKey(), equipment))
                        .hasValueSatisfying(e -> assertThat(e.targets()).contains(entry.getValue()));
            }
            assertThat(ExerciseCatalogue.targeted(CrampMuscle.OTHER, equipment)).isEmpty();
        }
    }

    /** Every prescription of each strength day, heavy and light together. */
    private static Map<LocalDate, List<Prescription>> byDay(CrampPlan plan) {
        Map<LocalDate, List<Prescription>> days = new TreeMap<>();
        plan.sessions().forEach(s -> days.computeIfAbsent(s.date(), d -> new ArrayList<>())
                .addAll(s.exercises()));
        return days;
    }

    private static Set<MuscleGroup> targets(List<Prescription> exercises) {
        Set<MuscleGroup> targets = EnumSet.noneOf(MuscleGroup.class);
        exercises.forEach(p -> targets.addAll(p.exercise().targets()));
        return targets;
    }
}
