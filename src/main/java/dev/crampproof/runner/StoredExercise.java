package dev.crampproof.runner;

import dev.crampproof.plan.Prescription;

/**
 * One prescribed exercise of a stored session: sets, reps and load, and whether a coach changed
 * it (within the same bounds as the rules; the runner's page says so). A value, kept with the
 * session's other exercises in the session's own row ({@link StoredExercises}).
 */
record StoredExercise(Prescription prescription, boolean adjustedByCoach) {

    StoredExercise {
        if (prescription == null) {
            throw new IllegalArgumentException("no prescription");
        }
    }

    static StoredExercise asWritten(Prescription prescription) {
        return new StoredExercise(prescription, false);
    }

    /** The same exercise as the coach changed it. */
    StoredExercise adjustedTo(Prescription prescription) {
        return new StoredExercise(prescription, true);
    }
}
