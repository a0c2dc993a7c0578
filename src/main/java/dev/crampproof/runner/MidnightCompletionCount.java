package dev.crampproof.runner;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Counts every coach's squad for the new day just after midnight (the clock's and the cron's zone
 * are both the server's), so that the first roster of the day sorted by completion finds the
 * counts done instead of waiting for them. A roster that comes first, or an instance that was
 * down at midnight, still counts: this only saves the coach the wait.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class MidnightCompletionCount {

    /** Longer than a squad of thousands takes; a count still running then goes on by itself. */
    private static final Duration PER_COACH = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final RecentCompletion completion;
    private final Clock clock;

    MidnightCompletionCount(JdbcTemplate jdbc, RecentCompletion completion, Clock clock) {
        this.jdbc = jdbc;
        this.completion = completion;
        this.clock = clock;
    }

    /** One coach after the other, so that the counts do not compete with each other. */
    @Scheduled(cron = "5 0 0 * * *")
    public void countTheNewDay() {
        LocalDate today = LocalDate.now(clock);
        for (Long coach : jdbc.queryForList("select distinct coach_id from plan where coach_id is not null and "
                + RecentCompletion.STALE, Long.class, today)) {
            completion.countStale(coach, today, PER_COACH);
        }
    }
}
