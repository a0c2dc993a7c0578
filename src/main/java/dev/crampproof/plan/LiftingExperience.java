package dev.crampproof.plan;

/** Decides the exercise variants and how the first heavy sessions are loaded (H1, H5). */
public enum LiftingExperience {
    NONE,
    SOME,
    REGULAR
}
