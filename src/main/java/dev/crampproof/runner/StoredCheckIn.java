package dev.crampproof.runner;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One answer to the week-3 check-in (S3); the history is kept, the latest decides. */
@Entity
@Table(name = "check_in")
public class StoredCheckIn extends PlanPart {

    private LocalDate answeredOn;
    private boolean wentWell;

    protected StoredCheckIn() {
        // for JPA
    }

    StoredCheckIn(StoredPlan plan, LocalDate answeredOn, boolean wentWell) {
        super(plan);
        this.answeredOn = answeredOn;
        this.wentWell = wentWell;
    }
}
