package dev.crampproof.runner;

import dev.crampproof.plan.Exercise;
import dev.crampproof.plan.Load;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.Range;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One prescribed exercise of a stored session: sets, reps and load. */
@Entity
@Table(name = "prescribed_exercise")
public class StoredExercise {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private StoredSession session;

    private int position;
    @Enumerated(EnumType.STRING)
    private Exercise exercise;
    private int sets;
    private int repsMin;
    private int repsMax;
    @Enumerated(EnumType.STRING)
    @Column(name = "load_guide")
    private Load load;
    /** Changed by the coach, within the same bounds as the rules; the runner's page says so. */
    private boolean adjustedByCoach;

    protected StoredExercise() {
        // for JPA
    }

    StoredExercise(StoredSession session, int position, Prescription prescription) {
        this.session = session;
        this.position = position;
        this.exercise = prescription.exercise();
        this.sets = prescription.sets();
        this.repsMin = prescription.reps().min();
        this.repsMax = prescription.reps().max();
        this.load = prescription.load();
    }

    void adjust(Prescription prescription) {
        this.exercise = prescription.exercise();
        this.sets = prescription.sets();
        this.repsMin = prescription.reps().min();
        this.repsMax = prescription.reps().max();
        this.adjustedByCoach = true;
    }

    boolean adjusted() {
        return adjustedByCoach;
    }

    Prescription toPrescription() {
        return new Prescription(exercise, sets, new Range(repsMin, repsMax), load);
    }
}
