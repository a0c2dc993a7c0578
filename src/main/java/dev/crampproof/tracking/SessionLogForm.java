package dev.crampproof.tracking;

import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampTiming;
import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.SessionLog;

/** The log form under each session of the plan page. */
public class SessionLogForm {

    private LogStatus status;
    private Integer rpe;
    private String note;
    private CrampMuscle crampMuscle;
    private CrampTiming crampTiming;

    SessionLog toLog() {
        return new SessionLog(status, rpe, note, crampMuscle, crampTiming);
    }

    public LogStatus getStatus() {
        return status;
    }

    public void setStatus(LogStatus status) {
        this.status = status;
    }

    public Integer getRpe() {
        return rpe;
    }

    public void setRpe(Integer rpe) {
        this.rpe = rpe;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public CrampMuscle getCrampMuscle() {
        return crampMuscle;
    }

    public void setCrampMuscle(CrampMuscle crampMuscle) {
        this.crampMuscle = crampMuscle;
    }

    public CrampTiming getCrampTiming() {
        return crampTiming;
    }

    public void setCrampTiming(CrampTiming crampTiming) {
        this.crampTiming = crampTiming;
    }
}
