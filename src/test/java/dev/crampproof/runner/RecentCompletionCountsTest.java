package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which counts {@link RecentCompletion#countStale} starts while one runs for the same coach: the
 * counting itself (SQL) is {@code RosterTest}'s; here it only records the day it was asked for,
 * the first held until the test lets it go.
 */
class RecentCompletionCountsTest {

    private static final long COACH = 7;
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 28);
    private static final LocalDate NEXT_DAY = MONDAY.plusDays(1);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch firstMayEnd = new CountDownLatch(1);
    private final AtomicInteger started = new AtomicInteger();
    private final List<LocalDate> counted = new CopyOnWriteArrayList<>();

    private final RecentCompletion completion = new RecentCompletion(null, null, null, threads::execute) {
        @Override
        public int countStaleNow(long coachId, LocalDate today) {
            if (started.incrementAndGet() == 1) {
                try {
                    firstMayEnd.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            counted.add(today);
            return 1;
        }
    };

    @AfterEach
    void stop() {
        firstMayEnd.countDown();
        threads.shutdownNow();
    }

    @Test
    void asks_for_the_same_day_while_its_count_runs_wait_for_that_count() {
        assertThat(completion.countStale(COACH, MONDAY, Duration.ZERO)).as("still counting").isFalse();
        assertThat(completion.countStale(COACH, MONDAY, Duration.ZERO)).as("still counting").isFalse();
        firstMayEnd.countDown();

        assertThat(completion.countStale(COACH, MONDAY, Duration.ofSeconds(5))).isTrue();
        // the third ask may come after the first count: then it counts again, finding nothing stale
        assertThat(counted).startsWith(MONDAY).hasSizeBetween(1, 2).containsOnly(MONDAY);
    }

    @Test
    void an_ask_for_the_next_day_while_the_last_days_count_runs_is_counted_after_it() {
        assertThat(completion.countStale(COACH, MONDAY, Duration.ZERO)).as("still counting").isFalse();
        // midnight passed while Monday's count ran (on a slow machine, a test's clock moved on)
        assertThat(completion.countStale(COACH, NEXT_DAY, Duration.ZERO)).as("waits for Monday's").isFalse();
        firstMayEnd.countDown();

        // nobody asks again: the next day's count must still come
        await().atMost(Duration.ofSeconds(5)).until(() -> counted.size() == 2);
        assertThat(counted).containsExactly(MONDAY, NEXT_DAY);
    }
}
