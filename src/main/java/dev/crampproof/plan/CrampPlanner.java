package dev.crampproof.plan;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a runner's plan: a pure function of their profile and today's date. Each long-run day
 * of the block is a double day (S1, S2); from week 4 the speed day is one too, conditional on
 * the week-3 check-in (S3).
 */
public final class CrampPlanner {

    private CrampPlanner() {
    }

    public static CrampPlan plan(RunnerProfile runner, LocalDate today) {
        StrengthBlock block = StrengthBlock.plan(runner, today);
        List<BlockWeek> weeks = block.hasBlock() ? weeks(runner, block) : List.of();
        return new CrampPlan(runner, today, block, weeks, Guidance.of(runner, block));
    }

    private static List<BlockWeek> weeks(RunnerProfile runner, StrengthBlock block) {
        Progression progression = new Progression(block.weeks(), runner.liftingExperience());
        DoubleDayWriter writer = new DoubleDayWriter(runner, progression);
        List<BlockWeek> weeks = new ArrayList<>();
        for (int week = 1; week <= block.weeks(); week++) {
            LocalDate longRun = block.longRunOfWeek(week);
            List<StrengthSession> sessions = new ArrayList<>();
            if (week >= Bounds.SECOND_DAY_FROM_WEEK) {
                LocalDate speedDay = longRun.minusWeeks(1).with(TemporalAdjusters.next(runner.speedDay()));
                sessions.addAll(writer.doubleDay(speedDay, week, Anchor.SPEED));
            }
            sessions.addAll(writer.doubleDay(longRun, week, Anchor.LONG_RUN));
            weeks.add(new BlockWeek(week, block.weekStart(week), sessions));
        }
        return weeks;
    }
}
