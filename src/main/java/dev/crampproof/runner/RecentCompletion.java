package dev.crampproof.runner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How much of the last four weeks' planned sessions an athlete did, as the coach's roster shows
 * and sorts it. The ratio is kept in the plan's row (roster_completion, with the day it was
 * counted for in roster_completion_on) so that sorting a squad by it is an index range instead of
 * counting every athlete's sessions for every page. It is good for one day only: a write that
 * changes a plan's sessions, logs or second day counts that plan again at once, and a coach's
 * rows of another day (every row, once a day) are counted again when the roster first sorts by
 * completion that day; should that take too long, the roster ranks by counting now ({@link #BY_PLAN}).
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

    /**
     * Done / planned, null with none planned, as a double: that orders any two fractions of a few
     * dozen sessions exactly as the fractions, and equal ones as equal.
     */
    private static final String RATIO = "cast(" + DONE + " as double precision) / nullif(" + PLANNED + ", 0)";

    /** A plan row whose count is not for the day given as its one parameter. */
    public static final String STALE = "(roster_completion_on is null or roster_completion_on <> ?)";

    /**
     * A plan row counted for the day given as its one parameter: the rows that are not {@link #STALE}.
     * An equality, so that with the coach it is a range of one index (V9) and no row is read.
     */
    public static final String COUNTED = "roster_completion_on = ?";

    /**
     * Completion counted now, by plan ({@code plan_id}, {@code completion}), for the coach, first
     * day and last day given as parameters; a plan with none planned has no row (that is -1).
     */
    public static final String BY_PLAN = "select s.plan_id, " + RATIO + " as completion from " + SESSIONS
            + " where owner.coach_id = ? and s.session_date between ? and ? group by s.plan_id";

    /**
     * Counts into the row for the day given. The plan is joined inside the count because H2
     * refuses the updated row's own column inside an aggregate of a subquery.
     */
    private static final String COUNT = "update plan counted set roster_completion = coalesce((select " + RATIO
            + " from " + SESSIONS + " where s.plan_id = counted.id and s.session_date between ? and ?), -1),"
            + " roster_completion_on = ? where ";

    /**
     * Rows counted per transaction: their locks are held that long, and a runner's log to one of
     * them waits meanwhile (H2 gives up after 2 s).
     */
    static final int CHUNK = 200;

    private static final Logger log = LoggerFactory.getLogger(RecentCompletion.class);

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final TaskExecutor background;
    /** The count running for a coach on this instance, and its day: one at a time each. */
    private final Map<Long, Count> counting = new ConcurrentHashMap<>();

    private record Count(LocalDate day, CompletableFuture<Integer> athletes) {
    }

    RecentCompletion(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.background = background;
    }

    /**
     * Counts one plan again, in the transaction that changed its sessions, logs or second day.
     * The count reads the rows, so the change is flushed first; a write that lost the race for the
     * plan then fails here rather than at commit, and is translated as it would be there (so that
     * it still answers 409 "changed meanwhile").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recount(StoredPlan plan, LocalDate today) {
        try {
            entityManager.flush();
        } catch (PersistenceException lost) {
            DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(lost);
            throw translated != null ? translated : lost;
        }
        jdbc.update(COUNT + "counted.id = ?", today.minusDays(DAYS), today, today, plan.id());
    }

    /**
     * Counts a coach's rows of another day and waits for it, at most {@code patience}; true if it
     * is done by then. Requests that ask while a count runs wait for that one, holding no
     * database connection: with 10,000 athletes it takes seconds, and requests that each counted
     * (or each ranked by counting, see {@link #BY_PLAN}) meanwhile ran out of connections. A
     * request of a new day while the last day's count runs has its day counted after that one:
     * joining it left the new day uncounted until someone asked again.
     */
    public boolean countStale(long coachId, LocalDate today, Duration patience) {
        Count count = counting.compute(coachId, (coach, running) -> {
            boolean runs = running != null && !running.athletes().isDone();
            if (runs && running.day().equals(today)) {
                return running;
            }
            // after the count of another day that still runs, whether it succeeds or fails
            CompletableFuture<?> after = runs ? running.athletes().handle((athletes, failed) -> null)
                    : CompletableFuture.completedFuture(null);
            return new Count(today, after.thenApplyAsync(ready -> countStaleNow(coachId, today), background));
        });
        count.athletes().whenComplete((athletes, failed) -> counting.remove(coachId, count));
        try {
            count.athletes().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillCounting) {
            return false;
        } catch (ExecutionException failed) {
            log.warn("Counting the completion of coach {}'s athletes failed", coachId, failed.getCause());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Counts a coach's rows of another day, {@link #CHUNK} at a time. Each chunk's rows are locked
     * first and counted after: the count then sees every write that committed before the lock, and
     * a write still running waits and counts its plan itself (a single UPDATE would count with a
     * snapshot taken before it waited for such a write). The chunks are cut from one list of the
     * stale ids: picking each chunk by its staleness read the whole squad again for every chunk.
     * Returns how many were counted.
     */
    public int countStaleNow(long coachId, LocalDate today) {
        long started = System.nanoTime();
        List<Long> stale = jdbc.queryForList("select id from plan where coach_id = ? and " + STALE, Long.class,
                coachId, today);
        int athletes = 0;
        for (int from = 0; from < stale.size(); from += CHUNK) {
            List<Long> chunk = stale.subList(from, Math.min(from + CHUNK, stale.size()));
            athletes += transaction.execute(status -> {
                List<Object> lookup = new ArrayList<>(chunk);
                lookup.add(today);
                List<Long> locked = jdbc.queryForList("select id from plan where id in (" + marks(chunk.size())
                        + ") and " + STALE + " for update", Long.class, lookup.toArray());
                if (!locked.isEmpty()) {
                    List<Object> arguments = new ArrayList<>(List.of(today.minusDays(DAYS), today, today));
                    arguments.addAll(locked);
                    jdbc.update(COUNT + "counted.id in (" + marks(locked.size()) + ")", arguments.toArray());
                }
                return locked.size();
            });
        }
        log.info("Counted the completion of {} athletes of coach {} for {} in {} ms", athletes, coachId, today,
                (System.nanoTime() - started) / 1_000_000);
        return athletes;
    }

    /** {@code count} JDBC placeholders for an IN list: "?, ?, ?". */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
