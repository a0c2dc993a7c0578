package dev.crampproof.runner;

import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.LongRunLog;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A logged long run of a stored plan; one per long-run date. */
@Entity
@Table(name = "long_run_log")
public class StoredLongRun extends PlanPart {

    private LocalDate runDate;
    @Enumerated(EnumType.STRING)
    private LogStatus status;
    private BigDecimal distance;
    private boolean cramped;
    private BigDecimal crampAt;
    private LocalDate loggedOn;

    protected StoredLongRun() {
        // for JPA
    }

    StoredLongRun(StoredPlan plan, LocalDate runDate) {
        super(plan);
        this.runDate = runDate;
    }

    /** A long-run log read from its row by {@link PlanRows}, for showing only: JPA does not manage it. */
    static StoredLongRun read(ResultSet row) throws SQLException {
        StoredLongRun run = new StoredLongRun();
        run.runDate = row.getObject("run_date", LocalDate.class);
        run.status = PlanRows.named(LogStatus.class, row, "status");
        run.distance = row.getBigDecimal("distance");
        run.cramped = row.getBoolean("cramped");
        run.crampAt = row.getBigDecimal("cramp_at");
        run.loggedOn = row.getObject("logged_on", LocalDate.class);
        return run;
    }

    LocalDate runDate() {
        return runDate;
    }

    void record(LongRunLog log, LocalDate today) {
        this.status = log.status();
        this.distance = tenth(log.distance());
        this.cramped = log.cramped();
        this.crampAt = log.cramped() ? tenth(log.crampAt()) : null;
        this.loggedOn = today;
    }

    void convert(BigDecimal factor) {
        distance = distance == null ? null : tenth(distance.multiply(factor));
        crampAt = crampAt == null ? null : tenth(crampAt.multiply(factor));
    }

    LongRunLog toLog() {
        return new LongRunLog(runDate, status, distance, cramped, crampAt);
    }

    private static BigDecimal tenth(BigDecimal distance) {
        return distance == null ? null : distance.setScale(1, RoundingMode.HALF_UP);
    }
}
