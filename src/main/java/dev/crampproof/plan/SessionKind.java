package dev.crampproof.plan;

/** The two halves of a double day: heavy right after the run, light later that day. */
public enum SessionKind {
    HEAVY,
    LIGHT
}
