package dev.crampproof.runner;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One answer to the week-3 check-in (S3); the history is kept, the latest decides. */
@Entity
@Table(name = "check_in")
public class StoredCheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private StoredPlan plan;

    private LocalDate answeredOn;
    private boolean wentWell;

    protected StoredCheckIn() {
        // for JPA
    }

    StoredCheckIn(StoredPlan plan, LocalDate answeredOn, boolean wentWell) {
        this.plan = plan;
        this.answeredOn = answeredOn;
        this.wentWell = wentWell;
    }
}
