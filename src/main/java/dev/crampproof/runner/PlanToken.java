package dev.crampproof.runner;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Public plan ids: 192 random bits from a SecureRandom, base64url without padding (32 chars).
 * Unguessable, because the link is the runner's only key to their plan.
 */
final class PlanToken {

    static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private PlanToken() {
    }

    static String next() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
