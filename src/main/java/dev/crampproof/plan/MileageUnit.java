package dev.crampproof.plan;

/** The unit a runner counts distance in; every distance they enter is in this unit. */
public enum MileageUnit {
    MILES,
    KILOMETERS
}
