package dev.crampproof.plan;

/** Race-day conditions the runner should rehearse in training (A4). */
public enum RaceCondition {
    HOT,
    HILLY
}
