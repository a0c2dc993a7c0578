package dev.crampproof.plan;

/** What became of a planned session or long run. */
public enum LogStatus {
    PLANNED,
    DONE,
    SKIPPED
}
