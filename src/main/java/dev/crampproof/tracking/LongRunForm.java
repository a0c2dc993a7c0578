package dev.crampproof.tracking;

import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.LongRunLog;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The log form of a long run on the plan page; distances in the plan's unit. */
public class LongRunForm {

    private LogStatus status;
    private BigDecimal distance;
    private boolean cramped;
    private BigDecimal crampAt;

    LongRunLog toLog(LocalDate date) {
        return new LongRunLog(date, status, distance, cramped, crampAt);
    }

    public LogStatus getStatus() {
        return status;
    }

    public void setStatus(LogStatus status) {
        this.status = status;
    }

    public BigDecimal getDistance() {
        return distance;
    }

    public void setDistance(BigDecimal distance) {
        this.distance = distance;
    }

    public boolean isCramped() {
        return cramped;
    }

    public void setCramped(boolean cramped) {
        this.cramped = cramped;
    }

    public BigDecimal getCrampAt() {
        return crampAt;
    }

    public void setCrampAt(BigDecimal crampAt) {
        this.crampAt = crampAt;
    }
}
