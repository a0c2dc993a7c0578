package dev.crampproof.plan;

/** Where late-race cramps strike. Each named muscle earns targeted work (rule T3). */
public enum CrampMuscle {
    CALF,
    HAMSTRING,
    QUAD,
    OTHER
}
