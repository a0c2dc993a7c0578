package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The light session: rule L1. */
class LightSessionTest {

    @Test
    @DisplayName("L1: light compounds are that day's heavy compounds; every light exercise 10-20 reps (Bounds.LIGHT_REPS) x 2-3 sets (Bounds.LIGHT_SETS); core and hip work")
    void l1_sameMovementsLightAndFast() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            List<StrengthSession> sessions = plan.sessions().toList();
            for (int i = 0; i + 1 < sessions.size(); i += 2) {
                StrengthSession heavy = sessions.get(i);
                StrengthSession light = sessions.get(i + 1);
                violations.check(heavy.kind() == SessionKind.HEAVY && light.kind() == SessionKind.LIGHT
                        && heavy.date().equals(light.date()), c, "%s is not followed by its light session: %s",
                        Violations.id(heavy), Violations.id(light));
                List<Exercise> heavyCompounds = exercises(HeavySessionTest.compounds(heavy));
                List<Prescription> lightCompounds = HeavySessionTest.compounds(light);
                violations.check(exercises(lightCompounds).equals(heavyCompounds), c, "%s: light %s, heavy %s",
                        Violations.id(light), exercises(lightCompounds), heavyCompounds);
                // L1's 10-20 reps and 2-3 sets hold for everything in a light session, core work included.
                for (Prescription p : light.exercises()) {
                    Load load = p.pattern() == MovementPattern.CORE ? Load.CONTROLLED : Load.LIGHT;
                    violations.check(Bounds.LIGHT_REPS.contains(p.reps()) && Bounds.LIGHT_SETS.contains(p.sets())
                            && p.load() == load, c, "%s: %s %d x %s %s", Violations.id(light), p.exercise(),
                            p.sets(), p.reps(), p.load());
                }
                violations.check(light.exercises().stream().anyMatch(p -> p.pattern() == MovementPattern.CORE)
                                && light.exercises().stream().anyMatch(p -> p.pattern() == MovementPattern.HIP_EXTENSION),
                        c, "%s lacks core or hip work", Violations.id(light));
                violations.check(light.formCue() != null, c, "%s has no form cue", Violations.id(light));
            }
        });
        violations.assertNone();
        assertThat(Bounds.LIGHT_REPS).isEqualTo(new Range(10, 20));
        assertThat(Bounds.LIGHT_SETS).isEqualTo(new Range(2, 3));
    }

    private static List<Exercise> exercises(List<Prescription> prescriptions) {
        return prescriptions.stream().map(Prescription::exercise).toList();
    }
}
