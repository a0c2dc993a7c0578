package dev.crampproof.plan;

/** How often the runner cramps in races; NEVER means the plan is preventive. */
public enum CrampFrequency {
    NEVER,
    SOMETIMES,
    MOST_RACES,
    EVERY_RACE
}
