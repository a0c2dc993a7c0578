package dev.crampproof.tracking;

import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.LogCheck;
import dev.crampproof.plan.LongRunLog;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.SessionLog;
import dev.crampproof.plan.StrengthBlock;
import dev.crampproof.plan.Text;
import dev.crampproof.plan.WeekThreeCheckIn;
import dev.crampproof.runner.PlanNotFound;
import dev.crampproof.runner.Plans;
import dev.crampproof.runner.RecentCompletion;
import dev.crampproof.runner.StoredPlan;
import dev.crampproof.runner.StoredSession;
import dev.crampproof.system.BadInput;
import dev.crampproof.system.NotYet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a runner records against their plan. Each write checks the log rules first and changes
 * nothing when they fail; plans are found by token only, so a session of another plan is simply
 * not found.
 */
@Service
public class Tracking {

    /** Exact: an international mile is 1.609344 km. */
    static final BigDecimal KILOMETERS_PER_MILE = new BigDecimal("1.609344");

    private final Plans plans;
    private final Clock clock;
    private final RecentCompletion completion;

    Tracking(@Lazy Plans plans, Clock clock, RecentCompletion completion) {
        this.plans = plans;
        this.clock = clock;
        this.completion = completion;
    }

    /** Records a session's log, replacing an earlier one; PLANNED clears it. */
    @Transactional
    public void logSession(String token, String sessionId, SessionLog log, List<FieldProblem> unreadable) {
        StoredPlan plan = plan(token);
        StoredSession session = plan.session(sessionId).orElseThrow(SessionNotFound::new);
        LocalDate today = today();
        refuseIfAny(unreadable, LogCheck.sessionProblems(log, session.date(), today));
        session.record(log, today);
        plan.logged(clock.instant(), log.cramped() ? session.date() : null);
        completion.recount(plan, today);
    }

    @Transactional
    public void logLongRun(String token, LongRunLog log, List<FieldProblem> unreadable) {
        StoredPlan plan = plan(token);
        if (!plan.block().isLongRunDay(log.date())) {
            throw new SessionNotFound();
        }
        refuseIfAny(unreadable, LogCheck.longRunProblems(log, today(), plan.runner().mileageUnit()));
        plan.logLongRun(log, today());
        plan.logged(clock.instant(), log.cramped() ? log.date() : null);
    }

    /** S3: opens on the date of week 3's long run; may be answered again any later day. */
    @Transactional
    public void checkIn(String token, boolean wentWell) {
        StoredPlan plan = plan(token);
        StrengthBlock block = plan.block();
        if (!WeekThreeCheckIn.isOpen(block, today())) {
            throw new NotYet(Text.of("problem.checkIn.notOpen", WeekThreeCheckIn.opensOn(block)));
        }
        plan.checkIn(wentWell, today());
        completion.recount(plan, today());
    }

    @Transactional
    public void switchUnit(String token, MileageUnit unit) {
        StoredPlan plan = plan(token);
        BigDecimal factor = unit == MileageUnit.KILOMETERS ? KILOMETERS_PER_MILE
                : BigDecimal.ONE.divide(KILOMETERS_PER_MILE, 10, RoundingMode.HALF_UP);
        plan.switchUnit(unit, factor);
    }

    private StoredPlan plan(String token) {
        return plans.findByToken(token).orElseThrow(PlanNotFound::new);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void refuseIfAny(List<FieldProblem> unreadable, List<FieldProblem> broken) {
        List<FieldProblem> problems = FieldProblem.merge(unreadable, broken);
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
    }
}
