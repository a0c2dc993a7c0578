package dev.crampproof.runner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Stored plans read for showing, in plain SQL: the plan page, its JSON and the tracking pages
 * read a plan on every request and never change it. Through JPA, Hibernate's own work on the way
 * (its result processing, the persistence context, the collections' wrappers) was about a fifth
 * of the plan JSON's CPU time (docs/performance.md, "Eighteenth round"); here the same four
 * statements fill the same objects. A plan read here is not managed: a change to it is never
 * written, so everything that changes a plan reads it through {@link Plans}.
 *
 * <p>The column names are those JPA derives from the entities' fields (snake case); the tests
 * read the same plans both ways and compare what the pages are shown (PlanRowsTest).
 */
@Component
class PlanRows {

    /** The plan with its answer lists joined (one row per muscle and condition), as {@link Plans#WITH_ANSWERS}. */
    private static final String PLAN = "select p.*, m.muscle, c.race_condition from plan p"
            + " left join plan_cramp_muscle m on m.plan_id = p.id"
            + " left join plan_race_condition c on c.plan_id = p.id where p.token = ?";
    /** In the order of the entity's lists ({@code @OrderBy}). */
    private static final String SESSIONS = "select * from strength_session where plan_id = ? order by session_date, kind";
    private static final String LONG_RUNS = "select * from long_run_log where plan_id = ? order by run_date";
    private static final String COMMENTS = "select * from comment where plan_id = ? order by written_at";

    private final JdbcTemplate jdbc;

    PlanRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan with this token, its sessions, long-run logs and comments; its check-ins are not read. */
    Optional<StoredPlan> find(String token) {
        StoredPlan plan = jdbc.query(PLAN, (ResultSetExtractor<StoredPlan>) rows -> {
            StoredPlan read = null;
            while (rows.next()) {
                if (read == null) {
                    read = StoredPlan.read(rows);
                }
                read.readAnswers(rows);
            }
            return read;
        }, token);
        if (plan == null) {
            return Optional.empty();
        }
        List<StoredSession> sessions = jdbc.query(SESSIONS, (row, number) -> StoredSession.read(row), plan.id());
        List<StoredLongRun> longRuns = jdbc.query(LONG_RUNS, (row, number) -> StoredLongRun.read(row), plan.id());
        List<StoredComment> comments = jdbc.query(COMMENTS, (row, number) -> StoredComment.read(row), plan.id());
        plan.readParts(sessions, longRuns, comments);
        return Optional.of(plan);
    }

    /** An enum column's constant, or null for NULL. */
    static <E extends Enum<E>> E named(Class<E> type, ResultSet row, String column) throws SQLException {
        String name = row.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /**
     * A timestamp column as the instant JPA wrote: in UTC (application.properties,
     * hibernate.jdbc.time_zone), whatever the zone of the JVM.
     */
    static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime utc = row.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
