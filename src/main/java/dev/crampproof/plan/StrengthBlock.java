package dev.crampproof.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The dates of the strength block (D1-D4, S3). A runner's training week ends with the long
 * run, so block week n is the seven days ending on the block's n-th long-run day; week 1 is
 * the one that holds the first. The second double day starts with the first speed day after
 * week 3's long run, which is where the week-3 check-in sits.
 *
 * <p>{@code start}, {@code end} and {@code secondDayFrom} are null when the race is too close
 * for a block (D3).
 */
public record StrengthBlock(
        LocalDate start,
        LocalDate end,
        LocalDate secondDayFrom,
        boolean compressed,
        int longRunDays,
        int fullLongRunDays) {

    public static StrengthBlock plan(RunnerProfile runner, LocalDate today) {
        LocalDate race = runner.raceDate();
        DayOfWeek longRunDay = runner.longRunDay();
        LocalDate preferredStart = race.minusWeeks(runner.preferredStartWeeks());
        LocalDate start = firstOnOrAfter(max(today.plusDays(1), preferredStart), longRunDay);
        LocalDate end = lastLiftingDay(race).with(TemporalAdjusters.previousOrSame(longRunDay));
        int longRuns = longRunsBetween(start, end);
        int fullLongRuns = longRunsBetween(firstOnOrAfter(preferredStart, longRunDay), end);
        if (longRuns < Bounds.MIN_BLOCK_LONG_RUNS) {
            return new StrengthBlock(null, null, null, false, 0, fullLongRuns);
        }
        LocalDate latestUncompressedStart = firstOnOrAfter(race.minusWeeks(Bounds.START_WEEKS.min()), longRunDay);
        LocalDate lastLongRunBeforeSecondDay = start.plusWeeks(Bounds.SECOND_DAY_FROM_WEEK - 2L);
        LocalDate secondDayFrom = lastLongRunBeforeSecondDay.with(TemporalAdjusters.next(runner.speedDay()));
        return new StrengthBlock(start, end, secondDayFrom, start.isAfter(latestUncompressedStart),
                longRuns, fullLongRuns);
    }

    /** D2: no lifting later than three weeks before race day. */
    public static LocalDate lastLiftingDay(LocalDate raceDate) {
        return raceDate.minusWeeks(Bounds.TAPER_WEEKS);
    }

    public boolean hasBlock() {
        return start != null;
    }

    /** The number of block weeks: one per long-run day. */
    public int weeks() {
        return longRunDays;
    }

    /** The long-run day that ends block week n. */
    public LocalDate longRunOfWeek(int week) {
        return start.plusWeeks(week - 1L);
    }

    /** Whether this date is one of the block's long-run days. */
    public boolean isLongRunDay(LocalDate date) {
        return hasBlock() && !date.isBefore(start) && !date.isAfter(end)
                && ChronoUnit.DAYS.between(start, date) % 7 == 0;
    }

    /** The first day of block week n inside the block (week 1 starts on the block's first day). */
    public LocalDate weekStart(int week) {
        return week == 1 ? start : longRunOfWeek(week).minusDays(6);
    }

    private static int longRunsBetween(LocalDate first, LocalDate last) {
        return first.isAfter(last) ? 0 : (int) (ChronoUnit.DAYS.between(first, last) / 7) + 1;
    }

    private static LocalDate firstOnOrAfter(LocalDate date, DayOfWeek day) {
        return date.with(TemporalAdjusters.nextOrSame(day));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
