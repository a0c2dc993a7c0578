package dev.crampproof.coach;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where an athlete stands on a date: before the block, in block week n, tapering, or raced. */
public record Phase(String code, int week) {

    public static Phase of(LocalDate today, LocalDate blockStart, LocalDate blockEnd, LocalDate raceDate) {
        if (!today.isBefore(raceDate)) {
            return new Phase("phase.raced", 0);
        }
        if (blockStart == null) {
            return new Phase("phase.no-block", 0);
        }
        if (today.isAfter(blockEnd)) {
            return new Phase("phase.taper", 0);
        }
        long daysIn = ChronoUnit.DAYS.between(blockStart, today);
        if (daysIn < 0) {
            return new Phase("phase.before", 0);
        }
        // A block week ends on its long run: the day after week 1's long run is week 2.
        return new Phase("phase.week", (int) ((daysIn + 6) / 7) + 1);
    }
}
