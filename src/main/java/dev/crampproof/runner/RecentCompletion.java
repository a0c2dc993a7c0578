package dev.crampproof.runner;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much of the last four weeks' planned sessions an athlete did, as the coach's roster shows
 * and sorts it. The ratio is kept in the plan's row (roster_completion, with the day it was
 * counted for in roster_completion_on) so that sorting a squad by it is an index range instead of
 * counting every athlete's sessions for every page. It is good for one day only: a write that
 * changes a plan's sessions, logs or second day counts that plan again, and the roster counts a
 * coach's rows of another day before it sorts by completion.
 */
@Component
public class RecentCompletion {

    /** "Recent" for completion and cramps: the last four weeks (today and the 28 days before). */
    public static final int DAYS = 28;

    /** The sessions {@code s} with their plan {@code owner}, which {@link #DONE} and {@link #PLANNED} count. */
    public static final String SESSIONS = "strength_session s join plan owner on owner.id = s.plan_id";

    /** Sessions done. */
    public static final String DONE = "sum(case when s.log_status = 'DONE' then 1 else 0 end)";

    /** Sessions planned: a second double day only once it is on (S3). */
    public static final String PLANNED = "sum(case when s.conditional = false or owner.second_day_on = true then 1 else 0 end)";

    /** A plan row whose count is not for the day given as its one parameter. */
    public static final String STALE = "(roster_completion_on is null or roster_completion_on <> ?)";

    /**
     * Done / planned between two dates, -1 with none planned, as a double: that orders any two
     * fractions of a few dozen sessions exactly as the fractions, and equal ones as equal. The
     * plan is joined inside the count because H2 refuses the updated row's own column inside
     * an aggregate of a subquery.
     */
    private static final String COUNT = "update plan counted set roster_completion = coalesce(("
            + "select cast(" + DONE + " as double precision) / nullif(" + PLANNED + ", 0)"
            + " from " + SESSIONS + " where s.plan_id = counted.id and s.session_date between ? and ?), -1),"
            + " roster_completion_on = ? where ";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    RecentCompletion(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Counts one plan again, in the transaction that changed its sessions, logs or second day. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recount(StoredPlan plan, LocalDate today) {
        entityManager.flush(); // the count reads the rows, so the change must be in them first
        jdbc.update(COUNT + "counted.id = ?", today.minusDays(DAYS), today, today, plan.id());
    }

    /**
     * Counts a coach's athletes whose count is of another day (once a day, or uncounted since the
     * migration). Their rows are locked first and counted after: the count then sees every write
     * that committed before the lock, and a write still running waits and counts its plan itself
     * (a single UPDATE would count with a snapshot taken before it waited for such a write).
     */
    @Transactional
    public void recountStale(long coachId, LocalDate today) {
        jdbc.query("select id from plan where coach_id = ? and " + STALE + " for update", row -> { }, coachId, today);
        jdbc.update(COUNT + "counted.coach_id = ? and " + STALE, today.minusDays(DAYS), today, today, coachId, today);
    }
}
