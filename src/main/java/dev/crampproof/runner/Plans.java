package dev.crampproof.runner;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** The stored plans, found by their public token only: database ids never leave the app. */
public interface Plans extends Repository<StoredPlan, Long> {

    StoredPlan save(StoredPlan plan);

    @EntityGraph(StoredPlan.WITH_ANSWERS)
    Optional<StoredPlan> findByToken(String token);

    @EntityGraph(StoredPlan.WITH_ANSWERS)
    Optional<StoredPlan> findByAthleteKeyAndCoachId(String athleteKey, Long coachId);

    long count();

    void delete(StoredPlan plan);
}
