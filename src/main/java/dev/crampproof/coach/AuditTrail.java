package dev.crampproof.coach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who changed what in an athlete's plan, and when: every coach change is written here. */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Event(Instant at, String coach, String action, String detail) {
    }

    void record(long planId, long coachId, String action, String detail) {
        jdbc.update("insert into audit_event (plan_id, coach_id, happened_at, action, detail) values (?, ?, ?, ?, ?)",
                planId, coachId, Timestamp.from(clock.instant()), action, detail);
    }

    List<Event> of(long planId) {
        return jdbc.query("select e.happened_at, c.name, e.action, e.detail from audit_event e"
                + " left join coach c on c.id = e.coach_id where e.plan_id = ? order by e.happened_at desc, e.id desc",
                (row, n) -> new Event(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
                        row.getString(4)), planId);
    }
}
