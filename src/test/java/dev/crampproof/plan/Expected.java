package dev.crampproof.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates plan-rules.md asks for, worked out the slow way (a day at a time) from the rule
 * texts and the design decisions, independently of {@link StrengthBlock}'s date arithmetic.
 */
final class Expected {

    private Expected() {
    }

    /** D1: the first long-run day on or after max(today + 1 day, R - 7P days). */
    static LocalDate blockStart(RunnerProfile runner, LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        LocalDate pWeeksOut = runner.raceDate().minusDays(7L * runner.preferredStartWeeks());
        LocalDate from = tomorrow.isAfter(pWeeksOut) ? tomorrow : pWeeksOut;
        return onOrAfter(from, runner.longRunDay());
    }

    /** D2: no lifting later than R - 21 days. */
    static LocalDate lastLiftingDay(RunnerProfile runner) {
        return runner.raceDate().minusDays(21);
    }

    /** D2: the block ends on the last long-run day on or before R - 21 days. */
    static LocalDate blockEnd(RunnerProfile runner) {
        LocalDate day = lastLiftingDay(runner);
        while (day.getDayOfWeek() != runner.longRunDay()) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The long-run days of the block that D1 and D2 allow (possibly fewer than 4). */
    static List<LocalDate> longRunDays(RunnerProfile runner, LocalDate today) {
        return days(blockStart(runner, today), lastLiftingDay(runner), runner.longRunDay());
    }

    /** D3: a block needs at least 4 long-run days. */
    static boolean hasBlock(RunnerProfile runner, LocalDate today) {
        return longRunDays(runner, today).size() >= 4;
    }

    /** D3: compressed when the block starts after the first long-run day on or after R - 14 weeks. */
    static boolean compressed(RunnerProfile runner, LocalDate today) {
        LocalDate latestFullStart = onOrAfter(runner.raceDate().minusDays(7 * 14), runner.longRunDay());
        return blockStart(runner, today).isAfter(latestFullStart);
    }

    /** D3: the long-run days of a full block, from P weeks out to 3 weeks out. */
    static int fullBlockLongRunDays(RunnerProfile runner) {
        return days(runner.raceDate().minusDays(7L * runner.preferredStartWeeks()), lastLiftingDay(runner),
                runner.longRunDay()).size();
    }

    /** S3: the first speed day after week 3's long run. */
    static LocalDate secondDayFrom(RunnerProfile runner, LocalDate today) {
        LocalDate weekThreeLongRun = longRunDays(runner, today).get(2);
        return onOrAfter(weekThreeLongRun.plusDays(1), runner.speedDay());
    }

    /** S3: the speed days that carry a second double day: from secondDayFrom to the block's end. */
    static List<LocalDate> secondDoubleDays(RunnerProfile runner, LocalDate today) {
        return days(secondDayFrom(runner, today), blockEnd(runner), runner.speedDay());
    }

    /** Every date from {@code first} to {@code last} (inclusive) that falls on {@code day}. */
    static List<LocalDate> days(LocalDate first, LocalDate last, DayOfWeek day) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (date.getDayOfWeek() == day) {
                dates.add(date);
            }
        }
        return dates;
    }

    static LocalDate onOrAfter(LocalDate date, DayOfWeek day) {
        LocalDate result = date;
        while (result.getDayOfWeek() != day) {
            result = result.plusDays(1);
        }
        return result;
    }
}
