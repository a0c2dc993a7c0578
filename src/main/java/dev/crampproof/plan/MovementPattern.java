package dev.crampproof.plan;

/** What an exercise trains; the first three are the compound lifts that H1 and H2 bind. */
public enum MovementPattern {
    SQUAT,
    HINGE,
    LUNGE,
    CORE,
    HIP_EXTENSION,
    TARGETED;

    public boolean isCompound() {
        return this == SQUAT || this == HINGE || this == LUNGE;
    }
}
