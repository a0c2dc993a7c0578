package dev.crampproof.plan;

/** The run a strength session follows on the same date. */
public enum Anchor {
    LONG_RUN,
    SPEED
}
