package dev.crampproof.runner;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one stored plan and goes when the plan goes. */
@MappedSuperclass
abstract class PlanPart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private StoredPlan plan;

    protected PlanPart() {
        // for JPA
    }

    protected PlanPart(StoredPlan plan) {
        this.plan = plan;
    }
}
