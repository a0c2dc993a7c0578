package dev.crampproof.system;

/** A client over its write limit; it may try again after this many seconds. A 429. */
public class TooManyWrites extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyWrites(long retryAfterSeconds) {
        super("write limit", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
