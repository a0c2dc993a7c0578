package dev.crampproof.plan;

/** The muscle groups an exercise names as its targets (T1-T3). */
public enum MuscleGroup {
    CORE,
    GLUTES,
    HIPS,
    CALVES,
    HAMSTRINGS,
    QUADS
}
