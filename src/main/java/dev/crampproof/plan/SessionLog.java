package dev.crampproof.plan;

/**
 * What the runner logged for one strength session. A cramp (or pain beyond normal soreness) is
 * recorded as the muscle and when it struck; no muscle means none.
 */
public record SessionLog(LogStatus status, Integer rpe, String note, CrampMuscle crampMuscle,
        CrampTiming crampTiming) {

    public static final SessionLog PLANNED = new SessionLog(LogStatus.PLANNED, null, null, null, null);

    public boolean cramped() {
        return crampMuscle != null;
    }

    /** Whether the runner logged the session, done or skipped. */
    public boolean isLogged() {
        return status != LogStatus.PLANNED;
    }

    public boolean isDone() {
        return status == LogStatus.DONE;
    }
}
