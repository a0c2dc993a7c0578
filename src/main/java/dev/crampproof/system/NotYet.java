package dev.crampproof.system;

import dev.crampproof.plan.Text;

/** A request that is fine but comes too early, like a check-in before week 3 is over. A 409. */
public class NotYet extends RuntimeException {

    private final transient Text reason;

    public NotYet(Text reason) {
        super(reason.code(), null, false, false);
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
