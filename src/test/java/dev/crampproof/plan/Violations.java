package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a sweep test finds wrong, so one run reports how many cases break a rule and
 * shows the first few of them with their inputs, instead of stopping at the first.
 */
final class Violations {

    private static final int SHOWN = 12;

    private final List<String> shown = new ArrayList<>();
    private int count;
    private int checked;

    /** Records a violation unless {@code holds}. */
    void check(boolean holds, Object where, String what, Object... args) {
        checked++;
        if (!holds) {
            count++;
            if (shown.size() < SHOWN) {
                shown.add(String.format(what, args) + "\n      in " + where);
            }
        }
    }

    int checked() {
        return checked;
    }

    /** Fails with the first violations if there were any; also fails if nothing was checked. */
    void assertNone() {
        assertThat(checked).as("checks made").isPositive();
        assertThat(shown)
                .as("%d of %d checks failed; the first %d", count, checked, shown.size())
                .isEmpty();
    }
}
