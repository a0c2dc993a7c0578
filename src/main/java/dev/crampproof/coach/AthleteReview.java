package dev.crampproof.coach;

import dev.crampproof.plan.AdjustmentCheck;
import dev.crampproof.plan.Exercise;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.Range;
import dev.crampproof.plan.StrengthSession;
import dev.crampproof.runner.CommentCheck;
import dev.crampproof.runner.PlanNotFound;
import dev.crampproof.runner.PlanView;
import dev.crampproof.runner.Plans;
import dev.crampproof.runner.RecentCompletion;
import dev.crampproof.runner.StoredComment;
import dev.crampproof.runner.StoredPlan;
import dev.crampproof.runner.StoredSession;
import dev.crampproof.system.BadInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach's work on one athlete's plan. Every lookup is by the athlete's key AND the signed-in
 * coach, so another coach's athlete is simply not found (404), never forbidden-but-visible.
 */
@Service
public class AthleteReview {

    private final Plans plans;
    private final CoachAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final RecentCompletion completion;

    AthleteReview(@Lazy Plans plans, CoachAccounts accounts, AuditTrail audit, Clock clock, RecentCompletion completion) {
        this.plans = plans;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.completion = completion;
    }

    /** The athlete's plan as the runner sees it, plus the audit trail. */
    public record Review(PlanView view, List<AuditTrail.Event> audit) {
    }

    @Transactional(readOnly = true)
    public Review review(String coachEmail, String athleteKey) {
        CoachAccounts.SignedIn coach = accounts.signedIn(coachEmail);
        StoredPlan plan = athlete(coach, athleteKey);
        return new Review(PlanView.of(plan, LocalDate.now(clock), coach.name()), audit.of(plan.id()));
    }

    @Transactional
    public void comment(String coachEmail, String athleteKey, Integer week, String sessionId, String body) {
        CoachAccounts.SignedIn coach = accounts.signedIn(coachEmail);
        StoredPlan plan = athlete(coach, athleteKey);
        StoredComment.Comment comment = CommentCheck.checked(plan, week, sessionId, body, StoredComment.Author.COACH,
                clock.instant());
        plan.comment(comment);
        audit.record(plan.id(), coach.id(), "COMMENT", where(comment.week(), comment.sessionId()));
    }

    /** Changes one exercise of a session, within the bounds the rules use (AdjustmentCheck). */
    @Transactional
    public void adjust(String coachEmail, String athleteKey, String sessionId, int position, Exercise exercise,
            Integer sets, Integer repsMin, Integer repsMax) {
        CoachAccounts.SignedIn coach = accounts.signedIn(coachEmail);
        StoredPlan plan = athlete(coach, athleteKey);
        StoredSession stored = plan.session(sessionId).orElseThrow(PlanNotFound::new);
        StrengthSession session = stored.toSession();
        if (position < 0 || position >= session.exercises().size()) {
            throw new PlanNotFound();
        }
        Prescription original = session.exercises().get(position);
        if (exercise == null || sets == null || repsMin == null || repsMax == null || repsMin > repsMax) {
            throw new BadInput(List.of(FieldProblem.of("adjustment", "problem.adjust.incomplete")));
        }
        Range reps = new Range(repsMin, repsMax);
        List<FieldProblem> problems = AdjustmentCheck.problems(session.kind(), original, exercise, sets, reps);
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        stored.adjust(position, new Prescription(exercise, sets, reps, original.load()));
        audit.record(plan.id(), coach.id(), "ADJUST", sessionId + " #" + (position + 1) + ": "
                + original.exercise() + " " + original.sets() + "x" + original.reps().min() + "-" + original.reps().max()
                + " -> " + exercise + " " + sets + "x" + repsMin + "-" + repsMax);
    }

    /** Overrides the check-in: the coach turns the second double day on or off. */
    @Transactional
    public void secondDay(String coachEmail, String athleteKey, boolean on) {
        CoachAccounts.SignedIn coach = accounts.signedIn(coachEmail);
        StoredPlan plan = athlete(coach, athleteKey);
        plan.setSecondDay(on);
        completion.recount(plan, LocalDate.now(clock));
        audit.record(plan.id(), coach.id(), "SECOND_DAY", on ? "on" : "off");
    }

    @Transactional
    public void reviewed(String coachEmail, String athleteKey) {
        CoachAccounts.SignedIn coach = accounts.signedIn(coachEmail);
        StoredPlan plan = athlete(coach, athleteKey);
        plan.markReviewed(clock.instant());
        audit.record(plan.id(), coach.id(), "REVIEWED", "");
    }

    private StoredPlan athlete(CoachAccounts.SignedIn coach, String athleteKey) {
        return plans.findByAthleteKeyAndCoachId(athleteKey, coach.id()).orElseThrow(PlanNotFound::new);
    }

    private static String where(Integer week, String sessionId) {
        return sessionId != null ? "session " + sessionId : week != null ? "week " + week : "plan";
    }
}
