package dev.crampproof.plan;

/** What the runner can lift with; decides the exercise variants (H1). */
public enum Equipment {
    /** A gym with a barbell or trap bar. */
    GYM,
    /** Dumbbells or kettlebells at home. */
    DUMBBELLS,
    /** Body weight and a backpack to load it. */
    BODYWEIGHT
}
