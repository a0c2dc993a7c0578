package dev.crampproof.plan;

import static dev.crampproof.plan.MovementPattern.CORE;
import static dev.crampproof.plan.MovementPattern.HINGE;
import static dev.crampproof.plan.MovementPattern.HIP_EXTENSION;
import static dev.crampproof.plan.MovementPattern.LUNGE;
import static dev.crampproof.plan.MovementPattern.SQUAT;
import static dev.crampproof.plan.MovementPattern.TARGETED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The exercise catalogue: every lift the plan can prescribe, with its movement pattern and the
 * muscle groups it trains. Names and how-to texts live in messages.properties under
 * {@link #messageCode()}.
 */
public enum Exercise {
    // Squats (H1)
    GOBLET_SQUAT(SQUAT, MuscleGroup.QUADS, MuscleGroup.GLUTES, MuscleGroup.CORE),
    BACK_SQUAT(SQUAT, MuscleGroup.QUADS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    DUMBBELL_FRONT_SQUAT(SQUAT, MuscleGroup.QUADS, MuscleGroup.GLUTES, MuscleGroup.CORE),
    BACKPACK_TEMPO_SQUAT(SQUAT, MuscleGroup.QUADS, MuscleGroup.GLUTES),
    SINGLE_LEG_BOX_SQUAT(SQUAT, MuscleGroup.QUADS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    // Hinges (H1)
    TRAP_BAR_DEADLIFT(HINGE, MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    ROMANIAN_DEADLIFT(HINGE, MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    DUMBBELL_ROMANIAN_DEADLIFT(HINGE, MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    BACKPACK_ROMANIAN_DEADLIFT(HINGE, MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    SINGLE_LEG_ROMANIAN_DEADLIFT(HINGE, MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES, MuscleGroup.HIPS,
            MuscleGroup.CORE),
    // Lunges (H1)
    SPLIT_SQUAT(LUNGE, MuscleGroup.QUADS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    REVERSE_LUNGE(LUNGE, MuscleGroup.QUADS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    WALKING_LUNGE(LUNGE, MuscleGroup.QUADS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    REAR_FOOT_ELEVATED_SPLIT_SQUAT(LUNGE, MuscleGroup.QUADS, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    // Hip extension (T2)
    HIP_THRUST(HIP_EXTENSION, MuscleGroup.GLUTES, MuscleGroup.HIPS, MuscleGroup.HAMSTRINGS),
    GLUTE_BRIDGE(HIP_EXTENSION, MuscleGroup.GLUTES, MuscleGroup.HIPS, MuscleGroup.HAMSTRINGS),
    SINGLE_LEG_GLUTE_BRIDGE(HIP_EXTENSION, MuscleGroup.GLUTES, MuscleGroup.HIPS, MuscleGroup.HAMSTRINGS),
    // Core and hips (T1)
    DEAD_BUG(CORE, MuscleGroup.CORE, MuscleGroup.HIPS),
    SIDE_PLANK_HIP_LIFT(CORE, MuscleGroup.CORE, MuscleGroup.HIPS, MuscleGroup.GLUTES),
    BIRD_DOG(CORE, MuscleGroup.CORE, MuscleGroup.GLUTES, MuscleGroup.HIPS),
    /** Needs a cable or a band, so only gym plans get it. */
    PALLOF_PRESS(CORE, MuscleGroup.CORE, MuscleGroup.HIPS),
    // Targeted work per cramp muscle (T3)
    HEAVY_CALF_RAISE(TARGETED, MuscleGroup.CALVES),
    SINGLE_LEG_CALF_RAISE(TARGETED, MuscleGroup.CALVES),
    HAMSTRING_CURL(TARGETED, MuscleGroup.HAMSTRINGS),
    SLIDER_HAMSTRING_CURL(TARGETED, MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES),
    NORDIC_HAMSTRING_CURL(TARGETED, MuscleGroup.HAMSTRINGS),
    STEP_UP(TARGETED, MuscleGroup.QUADS, MuscleGroup.GLUTES);

    private final MovementPattern pattern;
    private final Set<MuscleGroup> targets;

    Exercise(MovementPattern pattern, MuscleGroup first, MuscleGroup... rest) {
        this.pattern = pattern;
        this.targets = EnumSet.of(first, rest);
    }

    public MovementPattern pattern() {
        return pattern;
    }

    public Set<MuscleGroup> targets() {
        return EnumSet.copyOf(targets);
    }

    /** Message code of the exercise's name, e.g. {@code exercise.goblet-squat}. */
    public String messageCode() {
        return "exercise." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
