package dev.crampproof.runner;

import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.CrampPlanner;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.RequestCheck;
import dev.crampproof.plan.RunnerProfile;
import jakarta.persistence.EntityManager;
import dev.crampproof.system.BadInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes plans from runners' answers and finds them again by their link. */
@Service
public class RunnerPlans {

    private final Plans plans;
    private final Clock clock;
    private final EntityManager entityManager;
    private final CoachDirectory coaches;
    private final RecentCompletion completion;
    private final PlanRows rows;

    RunnerPlans(@Lazy Plans plans, Clock clock, EntityManager entityManager, CoachDirectory coaches,
            RecentCompletion completion, PlanRows rows) {
        this.plans = plans;
        this.rows = rows;
        this.clock = clock;
        this.entityManager = entityManager;
        this.coaches = coaches;
        this.completion = completion;
    }

    /** What became of a request: a stored plan, or the reasons it was refused. */
    public sealed interface Outcome permits Made, Refused {
    }

    public record Made(String token, CrampPlan plan) implements Outcome {
    }

    public record Refused(List<FieldProblem> problems) implements Outcome {
    }

    /**
     * Checks the answers and, only if all are fine, writes and stores the plan. Fields listed in
     * {@code alreadyWrong} failed to parse; they are not reported a second time as missing.
     */
    @Transactional
    public Outcome make(PlanRequest request, List<FieldProblem> alreadyWrong) {
        LocalDate today = LocalDate.now(clock);
        Optional<Long> coach = coachOf(request);
        List<FieldProblem> problems = check(request, alreadyWrong, today, coach);
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        CrampPlan plan = CrampPlanner.plan(RunnerProfile.from(request), today);
        StoredPlan stored = new StoredPlan(PlanToken.next(), plan);
        coach.ifPresent(id -> stored.joinCoach(id, PlanToken.next()));
        plans.save(stored); // with its completion counted as of today: nothing to count yet
        return new Made(stored.token(), plan);
    }

    /** The coach whose code the runner typed, looked up once for both the check and the join. */
    private Optional<Long> coachOf(PlanRequest request) {
        return hasCode(request.coachCode()) ? coaches.coachWithCode(request.coachCode()) : Optional.empty();
    }

    private List<FieldProblem> check(PlanRequest request, List<FieldProblem> alreadyWrong, LocalDate today,
            Optional<Long> coach) {
        List<FieldProblem> problems = FieldProblem.merge(alreadyWrong, RequestCheck.problems(request, today));
        if (hasCode(request.coachCode()) && coach.isEmpty()) {
            problems.add(FieldProblem.of("coachCode", "problem.coachCode.unknown"));
        }
        return problems;
    }

    /** The plan as its pages show it, read in plain SQL ({@link PlanRows}): nothing here changes it. */
    @Transactional(readOnly = true)
    public Optional<PlanView> find(String token) {
        return rows.find(token).map(stored -> PlanView.of(stored, LocalDate.now(clock),
                stored.coachId() == null ? null : coaches.nameOf(stored.coachId()).orElse(null)));
    }

    /**
     * New answers for a stored plan. The plan is rewritten from the day it was made, so its weeks
     * keep their numbers; then only the sessions still ahead are replaced (StoredPlan.replan).
     */
    @Transactional
    public Outcome replan(String token, PlanRequest request, List<FieldProblem> alreadyWrong) {
        StoredPlan stored = plans.findByToken(token).orElseThrow(PlanNotFound::new);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = check(request, alreadyWrong, today, coachOf(request));
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        CrampPlan replanned = CrampPlanner.plan(RunnerProfile.from(request), stored.createdOn());
        stored.replanAnswers(replanned, today);
        entityManager.flush();
        stored.replanSessions(replanned, today);
        completion.recount(stored, today);
        return new Made(token, stored.toPlan());
    }

    /** Joins the coach whose code this is; a wrong code is refused beside the field. */
    @Transactional
    public void joinCoach(String token, String typedCode) {
        StoredPlan stored = plans.findByToken(token).orElseThrow(PlanNotFound::new);
        Long coach = hasCode(typedCode) ? coaches.coachWithCode(typedCode).orElse(null) : null;
        if (coach == null) {
            throw new BadInput(List.of(FieldProblem.of("coachCode",
                    hasCode(typedCode) ? "problem.coachCode.unknown" : "problem.required")));
        }
        stored.joinCoach(coach, PlanToken.next());
    }

    @Transactional
    public void leaveCoach(String token) {
        plans.findByToken(token).orElseThrow(PlanNotFound::new).leaveCoach();
    }

    /** The runner's comment or reply, on the plan, a week or a session. */
    @Transactional
    public void comment(String token, Integer week, String sessionId, String body) {
        StoredPlan stored = plans.findByToken(token).orElseThrow(PlanNotFound::new);
        stored.comment(CommentCheck.checked(stored, week, sessionId, body, StoredComment.Author.RUNNER,
                clock.instant()));
    }

    private static boolean hasCode(String code) {
        return code != null && !code.isBlank();
    }

    @Transactional
    public void delete(String token) {
        plans.delete(plans.findByToken(token).orElseThrow(PlanNotFound::new));
    }
}
