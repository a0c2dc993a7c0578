package dev.crampproof.coach;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Invite codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), read back
 * case-insensitively with spaces and dashes ignored, so a code read out over the phone works.
 */
public final class InviteCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCode() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in the stored form. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
