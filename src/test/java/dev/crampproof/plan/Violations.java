package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Collects what a sweep test finds wrong, so one run reports how many checks break a rule and
 * shows the first few failing cases (lowest case index first, whatever thread found them) with
 * their inputs, instead of stopping at the first. Safe to use from the parallel sweep.
 */
final class Violations {

    private static final int SHOWN = 12;

    private record Failure(int index, long order, String text) {
    }

    private final LongAdder checked = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final AtomicLong order = new AtomicLong();
    private final TreeSet<Failure> first = new TreeSet<>(
            Comparator.comparingInt(Failure::index).thenComparingLong(Failure::order));

    /** Records a violation of a rule in {@code where} unless {@code holds}. */
    void check(boolean holds, PlanSpace.PlanCase where, String what, Object... args) {
        checked.increment();
        if (holds) {
            return;
        }
        failed.increment();
        long position = order.incrementAndGet();
        synchronized (first) {
            if (first.size() >= SHOWN && first.last().index() < where.index()) {
                return;
            }
            first.add(new Failure(where.index(), position, String.format(what, args) + "\n      in " + where));
            if (first.size() > SHOWN) {
                first.pollLast();
            }
        }
    }

    /** A session's id for a message, worked out only if the message is shown. */
    static Object id(StrengthSession session) {
        return new Object() {
            @Override
            public String toString() {
                return session.id();
            }
        };
    }

    /** Fails with the first violations if there were any; also fails if nothing was checked. */
    void assertNone() {
        assertThat(checked.sum()).as("checks made").isPositive();
        List<String> shown;
        synchronized (first) {
            shown = first.stream().map(Failure::text).toList();
        }
        assertThat(shown)
                .as("%d of %d checks failed; the first %d", failed.sum(), checked.sum(), shown.size())
                .isEmpty();
    }
}
