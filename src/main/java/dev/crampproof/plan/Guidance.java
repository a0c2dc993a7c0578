package dev.crampproof.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the plan says besides the sessions: warnings (D3, A5), advice (A1-A5) and the race-day
 * card (R1-R3). Depends only on the profile and the block's dates, so a stored plan says the
 * same thing every time it is read.
 */
public record Guidance(List<Text> warnings, List<Advice> advice, List<Text> raceDayCard) {

    /** R1, then R2: what to do when a cramp strikes, and after the finish. */
    public static final List<String> RACE_DAY_CARD = List.of(
            "card.r1.slow-down", "card.r1.stretch", "card.r1.restart", "card.r1.medical",
            "card.r2.refuel", "card.r2.walk");

    public Guidance {
        warnings = List.copyOf(warnings);
        advice = List.copyOf(advice);
        raceDayCard = List.copyOf(raceDayCard);
    }

    public static Guidance of(RunnerProfile runner, StrengthBlock block) {
        return new Guidance(warnings(runner, block), advice(runner), RACE_DAY_CARD.stream().map(Text::of).toList());
    }

    private static List<Text> warnings(RunnerProfile runner, StrengthBlock block) {
        List<Text> warnings = new ArrayList<>();
        if (!block.hasBlock()) {
            LocalDate sameRaceNextYear = runner.raceDate().plusWeeks(52);
            warnings.add(Text.of("warning.no-block", Bounds.MIN_BLOCK_LONG_RUNS, Bounds.TAPER_WEEKS,
                    Bounds.DEFAULT_START_WEEKS, Bounds.START_WEEKS.min(), sameRaceNextYear,
                    sameRaceNextYear.minusWeeks(Bounds.DEFAULT_START_WEEKS),
                    sameRaceNextYear.minusWeeks(Bounds.START_WEEKS.min())));
        } else if (block.compressed()) {
            warnings.add(Text.of("warning.compressed", block.weeks(), block.fullLongRunDays()));
        }
        if (runner.crampsInTraining()) {
            warnings.add(Text.of("warning.cramps-in-training"));
        }
        return warnings;
    }

    private static List<Advice> advice(RunnerProfile runner) {
        List<Advice> advice = new ArrayList<>();
        BigDecimal enough = Bounds.minWeeklyMileage(runner.raceDistance(), runner.mileageUnit());
        if (runner.weeklyMileage().compareTo(enough) < 0) {
            advice.add(new Advice("A1", Text.of("advice.a1", enough, runner.mileageUnit(),
                    runner.raceDistance(), Bounds.MAX_WEEKLY_INCREASE_PERCENT)));
        }
        advice.add(new Advice("A2", Text.of("advice.a2")));
        advice.add(new Advice("A3", Text.of(runner.fluidsAlreadyChanged() ? "advice.a3.fluids-changed" : "advice.a3")));
        advice.add(new Advice("A4", Text.of("advice.a4.distance", runner.raceDistance())));
        if (runner.raceConditions().contains(RaceCondition.HOT)) {
            advice.add(new Advice("A4", Text.of("advice.a4.heat")));
        }
        if (runner.raceConditions().contains(RaceCondition.HILLY)) {
            advice.add(new Advice("A4", Text.of("advice.a4.hills")));
        }
        if (runner.crampsInTraining()) {
            advice.add(new Advice("A5", Text.of("advice.a5")));
        }
        return advice;
    }
}
