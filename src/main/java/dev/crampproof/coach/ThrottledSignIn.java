package dev.crampproof.coach;

import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks the brute-force lock before the password, and counts the outcome after it. */
public class ThrottledSignIn implements AuthenticationProvider {

    /** The width of sign_in_failure.address; an IPv6 address has at most 45 characters. */
    static final int MAX_ADDRESS_LENGTH = 64;

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** Thrown while the (email, address) pair is locked; the sign-in page says until when. */
    public static class Locked extends AuthenticationException {
        private final transient Instant until;

        Locked(Instant until) {
            super("Too many failed sign-ins");
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = CoachAccounts.normalizeEmail(attempt.getName());
        if (!CoachAccounts.couldBeAnAccount(email)) {
            // No coach has such an email: sign-up refuses it, and it would not fit the failure
            // table (a 500). Nothing to guess, so nothing to count.
            throw new BadCredentialsException("no such coach");
        }
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (address.length() > MAX_ADDRESS_LENGTH) {
            // Only a trusted proxy's X-Forwarded-For can make one this long; it still counts, cut to fit.
            address = address.substring(0, MAX_ADDRESS_LENGTH);
        }
        var locked = throttle.lockedUntil(email, address);
        if (locked.isPresent()) {
            throw new Locked(locked.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(email, address);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(email, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
