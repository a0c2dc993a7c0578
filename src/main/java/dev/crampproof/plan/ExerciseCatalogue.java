package dev.crampproof.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which variant of each movement a runner does, by equipment and lifting experience (H1, T1-T3).
 * New lifters get the variant that is easiest to learn and load safely; regular lifters get
 * the one that lets them lift the most. With body weight only, single-leg variants, a slow
 * tempo and a loaded backpack make 4-5 reps hard enough to count as heavy.
 */
public final class ExerciseCatalogue {

    private ExerciseCatalogue() {
    }

    /** The compound variant of a squat, hinge or lunge pattern for this runner. */
    public static Exercise compound(MovementPattern pattern, Equipment equipment, LiftingExperience experience) {
        return switch (pattern) {
            case SQUAT -> squat(equipment, experience);
            case HINGE -> hinge(equipment, experience);
            case LUNGE -> lunge(equipment, experience);
            default -> throw new IllegalArgumentException(pattern + " is not a compound pattern");
        };
    }

    private static Exercise squat(Equipment equipment, LiftingExperience experience) {
        return switch (equipment) {
            case GYM -> experience == LiftingExperience.NONE ? Exercise.GOBLET_SQUAT : Exercise.BACK_SQUAT;
            case DUMBBELLS -> experience == LiftingExperience.REGULAR
                    ? Exercise.DUMBBELL_FRONT_SQUAT : Exercise.GOBLET_SQUAT;
            case BODYWEIGHT -> experience == LiftingExperience.NONE
                    ? Exercise.BACKPACK_TEMPO_SQUAT : Exercise.SINGLE_LEG_BOX_SQUAT;
        };
    }

    private static Exercise hinge(Equipment equipment, LiftingExperience experience) {
        return switch (equipment) {
            case GYM -> experience == LiftingExperience.REGULAR
                    ? Exercise.ROMANIAN_DEADLIFT : Exercise.TRAP_BAR_DEADLIFT;
            case DUMBBELLS -> experience == LiftingExperience.REGULAR
                    ? Exercise.SINGLE_LEG_ROMANIAN_DEADLIFT : Exercise.DUMBBELL_ROMANIAN_DEADLIFT;
            case BODYWEIGHT -> experience == LiftingExperience.NONE
                    ? Exercise.BACKPACK_ROMANIAN_DEADLIFT : Exercise.SINGLE_LEG_ROMANIAN_DEADLIFT;
        };
    }

    private static Exercise lunge(Equipment equipment, LiftingExperience experience) {
        if (equipment == Equipment.BODYWEIGHT) {
            return experience == LiftingExperience.NONE
                    ? Exercise.SPLIT_SQUAT : Exercise.REAR_FOOT_ELEVATED_SPLIT_SQUAT;
        }
        return switch (experience) {
            case NONE -> Exercise.SPLIT_SQUAT;
            case SOME -> Exercise.REVERSE_LUNGE;
            case REGULAR -> Exercise.WALKING_LUNGE;
        };
    }

    /** T2: hip extension, every strength day. */
    public static Exercise hipExtension(Equipment equipment, LiftingExperience experience) {
        if (equipment == Equipment.GYM && experience != LiftingExperience.NONE) {
            return Exercise.HIP_THRUST;
        }
        return equipment == Equipment.BODYWEIGHT && experience != LiftingExperience.NONE
                ? Exercise.SINGLE_LEG_GLUTE_BRIDGE : Exercise.GLUTE_BRIDGE;
    }

    /** Core work that needs no more than a floor; the Pallof press needs a gym's cable. */
    private static final List<Exercise> FLOOR_CORE = List.of(Exercise.DEAD_BUG, Exercise.SIDE_PLANK_HIP_LIFT,
            Exercise.BIRD_DOG);
    private static final List<Exercise> GYM_CORE = List.of(Exercise.DEAD_BUG, Exercise.SIDE_PLANK_HIP_LIFT,
            Exercise.PALLOF_PRESS);

    /** T1: core and hip work; rotates by session so the trunk is trained from every side. */
    public static Exercise core(int rotation, Equipment equipment) {
        List<Exercise> cores = equipment == Equipment.GYM ? GYM_CORE : FLOOR_CORE;
        return cores.get(Math.floorMod(rotation, cores.size()));
    }

    /**
     * T3: targeted work for one cramp muscle; OTHER is covered by T1-T2 alone. The variants work
     * both heavy and light, which is why the Nordic curl is left to a coach's swap.
     */
    public static Optional<Exercise> targeted(CrampMuscle muscle, Equipment equipment) {
        return switch (muscle) {
            case CALF -> Optional.of(equipment == Equipment.GYM
                    ? Exercise.HEAVY_CALF_RAISE : Exercise.SINGLE_LEG_CALF_RAISE);
            case HAMSTRING -> Optional.of(equipment == Equipment.GYM
                    ? Exercise.HAMSTRING_CURL : Exercise.SLIDER_HAMSTRING_CURL);
            case QUAD -> Optional.of(Exercise.STEP_UP);
            case OTHER -> Optional.empty();
        };
    }

    /** Every exercise of a pattern, for swaps in the coach's editor. */
    public static List<Exercise> byPattern(MovementPattern pattern) {
        return Arrays.stream(Exercise.values()).filter(e -> e.pattern() == pattern).toList();
    }
}
