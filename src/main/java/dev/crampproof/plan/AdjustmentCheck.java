package dev.crampproof.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A coach's change to one exercise of a session stays inside the rules the generator follows:
 * a swap keeps the movement pattern (so H1's two compound patterns stay), heavy compound lifts
 * stay at H2's 4-5 reps and 3-6 sets, everything in a light session at L1's 10-20 reps and 2-3
 * sets, and the supporting work of a heavy session in its own bounds.
 */
public final class AdjustmentCheck {

    private AdjustmentCheck() {
    }

    public static List<FieldProblem> problems(SessionKind kind, Prescription original, Exercise replacement,
            int sets, Range reps) {
        List<FieldProblem> problems = new ArrayList<>();
        if (replacement.pattern() != original.pattern()) {
            problems.add(FieldProblem.of("exercise", "problem.adjust.pattern"));
        }
        Range allowedSets = setsFor(kind, original.pattern());
        Range allowedReps = repsFor(kind, original.pattern());
        if (!allowedSets.contains(sets)) {
            problems.add(FieldProblem.of("sets", "problem.adjust.sets", allowedSets.min(), allowedSets.max()));
        }
        if (!allowedReps.contains(reps)) {
            problems.add(FieldProblem.of("reps", "problem.adjust.reps", allowedReps.min(), allowedReps.max()));
        }
        return problems;
    }

    public static Range setsFor(SessionKind kind, MovementPattern pattern) {
        if (kind == SessionKind.LIGHT) {
            return Bounds.LIGHT_SETS;
        }
        return pattern.isCompound() ? Bounds.HEAVY_SETS : Bounds.HEAVY_SUPPORT_SETS;
    }

    public static Range repsFor(SessionKind kind, MovementPattern pattern) {
        if (kind == SessionKind.LIGHT) {
            return Bounds.LIGHT_REPS;
        }
        return pattern.isCompound() ? Bounds.HEAVY_REPS : Bounds.HEAVY_SUPPORT_REPS;
    }
}
