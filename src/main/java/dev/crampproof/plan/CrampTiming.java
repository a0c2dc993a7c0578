package dev.crampproof.plan;

/** When a cramp or pain struck, relative to the session or run it is logged on. */
public enum CrampTiming {
    DURING,
    LATER
}
