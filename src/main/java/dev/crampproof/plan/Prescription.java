package dev.crampproof.plan;

/** One exercise of a session: what, how many sets of how many reps, and how heavy. */
public record Prescription(Exercise exercise, int sets, Range reps, Load load) {

    public MovementPattern pattern() {
        return exercise.pattern();
    }
}
