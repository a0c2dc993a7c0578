package dev.crampproof.tracking;

import dev.crampproof.FixedClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tracking happens over months: tests move "today" forward through a plan. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClock {

    @Bean
    @Primary
    Today today() {
        return new Today();
    }

    /** A clock whose date the test sets; noon UTC on that date. */
    public static class Today extends Clock {

        private volatile Instant now = at(FixedClock.TODAY);

        public void moveTo(LocalDate date) {
            now = at(date);
        }

        private static Instant at(LocalDate date) {
            return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
