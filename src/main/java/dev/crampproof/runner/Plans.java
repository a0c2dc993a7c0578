package dev.crampproof.runner;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The stored plans, found by their public token only: database ids never leave the app. */
public interface Plans extends Repository<StoredPlan, Long> {

    /**
     * A plan with the answers kept in tables of their own (cramp muscles, race conditions), in
     * one query. Fetch joins rather than an entity graph: Hibernate keeps the SQL it translates a
     * query into, except for a query with an entity graph, which it translated anew for every
     * plan read (8 % of the plan JSON's CPU; docs/performance.md, "Seventh round").
     */
    String WITH_ANSWERS = "select p from StoredPlan p left join fetch p.crampMuscles left join fetch p.raceConditions";

    StoredPlan save(StoredPlan plan);

    @Query(WITH_ANSWERS + " where p.token = :token")
    Optional<StoredPlan> findByToken(String token);

    @Query(WITH_ANSWERS + " where p.athleteKey = :athleteKey and p.coachId = :coachId")
    Optional<StoredPlan> findByAthleteKeyAndCoachId(String athleteKey, Long coachId);

    long count();

    void delete(StoredPlan plan);
}
