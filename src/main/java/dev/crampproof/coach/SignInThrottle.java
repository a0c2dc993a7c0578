package dev.crampproof.coach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection: after {@link #MAX_FAILURES} failed sign-ins for one email from one
 * client address within {@link #WINDOW}, that pair is refused for {@link #WINDOW}. Counting per
 * pair means a stranger guessing from elsewhere cannot lock the coach out. Counts live in the
 * database, so every app instance sees them.
 */
@Component
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the pair may try again, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email, String address) {
        Instant now = clock.instant();
        List<Instant> failures = jdbc.queryForList("select failed_at from sign_in_failure where email = ? and "
                + "address = ? and failed_at > ? order by failed_at desc", Timestamp.class,
                email, address, Timestamp.from(now.minus(WINDOW)))
                .stream().map(Timestamp::toInstant).toList();
        if (failures.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(failures.get(0).plus(WINDOW));
    }

    @Transactional
    public void failed(String email, String address) {
        jdbc.update("insert into sign_in_failure (email, address, failed_at) values (?, ?, ?)", email, address,
                Timestamp.from(clock.instant()));
    }

    @Transactional
    public void succeeded(String email, String address) {
        jdbc.update("delete from sign_in_failure where email = ? and address = ?", email, address);
    }
}
