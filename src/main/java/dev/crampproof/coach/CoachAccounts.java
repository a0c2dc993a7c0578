package dev.crampproof.coach;

import dev.crampproof.plan.FieldProblem;
import dev.crampproof.system.BadInput;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coach accounts: sign-up, sign-in's user lookup, and invite codes. */
@Service
public class CoachAccounts implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /**
     * bcrypt reads at most 72 bytes of a password, and Spring Security's refuses a longer one (it
     * threw: a 500). So the limit is 72 bytes of UTF-8: 72 characters of plain ASCII, fewer with
     * accents or other scripts.
     */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_NAME_LENGTH = 80;
    static final int MAX_EMAIL_LENGTH = 254;
    static final String ROLE = "COACH";
    /** Good enough to catch typos; the real check is that the coach can sign in with it. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Coaches coaches;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    CoachAccounts(@Lazy Coaches coaches, PasswordEncoder passwords, Clock clock, JdbcTemplate jdbc) {
        this.coaches = coaches;
        this.passwords = passwords;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public Coach signUp(SignUpForm form) {
        String email = normalizeEmail(form.getEmail());
        String name = form.getName() == null ? "" : form.getName().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            problems.add(FieldProblem.of("name", "problem.required"));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "problem.text.tooLong", MAX_NAME_LENGTH));
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(FieldProblem.of("name", "problem.text.control"));
        }
        if (email.isEmpty()) {
            problems.add(FieldProblem.of("email", "problem.required"));
        } else if (!couldBeAnAccount(email) || !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of("email", "problem.email.invalid"));
        } else if (coaches.existsByEmail(email)) {
            problems.add(FieldProblem.of("email", "problem.email.taken"));
        }
        String password = form.getPassword() == null ? "" : form.getPassword();
        if (password.length() < MIN_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(FieldProblem.of("password", "problem.password.length", MIN_PASSWORD_LENGTH,
                    MAX_PASSWORD_BYTES));
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        return coaches.save(new Coach(name, email, passwords.encode(password), freshCode(), clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Coach coach = coaches.findByEmail(normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("no such coach"));
        return User.withUsername(coach.email()).password(coach.passwordHash()).roles(ROLE).build();
    }

    /** The signed-in coach as their pages need them: who, and the code athletes join with. */
    public record SignedIn(long id, String name, String inviteCode) {
    }

    /**
     * The signed-in coach: three columns read by one plain statement, no entity. Every coach page
     * asks first; on the roster, the page a coach opens most, a JPA transaction and an entity for
     * these three columns were 6-9 % of its CPU time (docs/performance.md, "Eighth round"). Inside
     * a caller's transaction it reads on that transaction's connection.
     */
    public SignedIn signedIn(String email) {
        return jdbc.queryForObject("select id, name, invite_code from coach where email = ?",
                (row, number) -> new SignedIn(row.getLong("id"), row.getString("name"), row.getString("invite_code")),
                normalizeEmail(email));
    }

    @Transactional(readOnly = true)
    public Optional<Coach> byInviteCode(String typed) {
        String code = InviteCode.normalize(typed);
        return code.isEmpty() ? Optional.empty() : coaches.findByInviteCode(code);
    }

    /** A new code: anyone holding the old one can no longer join. */
    @Transactional
    public String regenerateCode(String email) {
        Coach coach = coaches.findByEmail(normalizeEmail(email)).orElseThrow();
        coach.newInviteCode(freshCode());
        return coach.inviteCode();
    }

    private String freshCode() {
        String code = InviteCode.next();
        while (coaches.existsByInviteCode(code)) {
            code = InviteCode.next();
        }
        return code;
    }

    /**
     * Whether a normalized email could be a coach's: no longer than {@link #MAX_EMAIL_LENGTH}, and
     * without control characters (the email pattern lets them through; PostgreSQL refuses NUL).
     */
    static boolean couldBeAnAccount(String email) {
        return email.length() <= MAX_EMAIL_LENGTH && email.codePoints().noneMatch(Character::isISOControl);
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
