package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates of the strength block: rules D1-D4 of plan-rules.md. */
class BlockDatesTest {

    private static final LocalDate RACE = LocalDate.of(2027, 4, 18); // a Sunday

    @Test
    @DisplayName("D1/D2/S3: api.md's example: race 2027-04-18, today 2026-11-21, Sunday long run, Wednesday speed, P=16")
    void d1_d2_s3_apiExample() {
        CrampPlan plan = CrampPlanner.plan(runner(RACE, DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY, 16),
                LocalDate.of(2026, 11, 21));

        StrengthBlock block = plan.block();
        assertThat(block.start()).isEqualTo("2026-12-27");
        assertThat(block.end()).isEqualTo("2027-03-28");
        assertThat(block.secondDayFrom()).isEqualTo("2027-01-13");
        assertThat(block.compressed()).isFalse();
        assertThat(block.weeks()).isEqualTo(14);
        assertThat(block.fullLongRunDays()).isEqualTo(14);
        assertThat(plan.weeks()).hasSize(14);
        assertThat(plan.weeks().get(0).number()).isEqualTo(1);
        assertThat(plan.weeks().get(0).startDate()).isEqualTo("2026-12-27");
        assertThat(plan.weeks().get(1).startDate()).isEqualTo("2026-12-28");
        assertThat(plan.weeks().get(3).sessions())
                .extracting(StrengthSession::date, StrengthSession::anchor, StrengthSession::kind)
                .containsExactly(
                        tuple(LocalDate.of(2027, 1, 13), Anchor.SPEED, SessionKind.HEAVY),
                        tuple(LocalDate.of(2027, 1, 13), Anchor.SPEED, SessionKind.LIGHT),
                        tuple(LocalDate.of(2027, 1, 17), Anchor.LONG_RUN, SessionKind.HEAVY),
                        tuple(LocalDate.of(2027, 1, 17), Anchor.LONG_RUN, SessionKind.LIGHT));
        assertThat(plan.sessions().map(StrengthSession::date).max(LocalDate::compareTo)).contains(block.end());
        assertThat(plan.guidance().warnings()).isEmpty();
    }

    @Test
    @DisplayName("D1: block starts on the first long-run day on or after max(tomorrow, race - P weeks)")
    void d1_blockStartsOnFirstLongRunDayOnOrAfterTheLaterOfTomorrowAndPWeeksOut() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            LocalDate start = plan.block().start();
            violations.check(start.equals(Expected.blockStart(c.runner(), c.today())), c,
                    "start %s, expected %s", start, Expected.blockStart(c.runner(), c.today()));
            violations.check(start.getDayOfWeek() == c.runner().longRunDay() && start.isAfter(c.today())
                            && !start.isBefore(c.race().minusWeeks(c.runner().preferredStartWeeks())), c,
                    "start %s is not a long-run day after today and on or after P weeks out", start);
            violations.check(plan.sessions().noneMatch(s -> s.date().isBefore(start)), c,
                    "a session before the block start %s", start);
        });
        violations.assertNone();
    }

    @ParameterizedTest(name = "today {0}, long run {1}, P={2}: start {3}")
    @CsvSource({
        // P weeks out governs
        "2026-11-21, SUNDAY,   16, 2026-12-27",
        "2026-11-21, SUNDAY,   15, 2027-01-03",
        "2026-11-21, SUNDAY,   14, 2027-01-10",
        "2026-11-21, SATURDAY, 16, 2027-01-02",
        "2026-11-21, MONDAY,   16, 2026-12-28",
        // tomorrow governs
        "2027-01-05, SUNDAY,   16, 2027-01-10",
        // today is a long-run day: the block starts a week later, never today
        "2027-01-03, SUNDAY,   16, 2027-01-10",
        // tomorrow is a long-run day
        "2027-01-02, SUNDAY,   16, 2027-01-03",
    })
    @DisplayName("D1: examples, P weeks out or tomorrow, whichever is later")
    void d1_examples(LocalDate today, DayOfWeek longRunDay, int startWeeks, LocalDate start) {
        DayOfWeek speed = longRunDay.plus(3);
        assertThat(StrengthBlock.plan(runner(RACE, longRunDay, speed, startWeeks), today).start()).isEqualTo(start);
    }

    @Test
    @DisplayName("D2: no strength session after race - 21 days; the block ends on the last long-run day on or before it")
    void d2_noSessionAfterThreeWeeksOut() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            LocalDate lastLiftingDay = c.race().minusDays(21);
            violations.check(plan.sessions().noneMatch(s -> s.date().isAfter(lastLiftingDay)), c,
                    "a session after %s", lastLiftingDay);
            if (plan.block().hasBlock()) {
                LocalDate end = plan.block().end();
                violations.check(end.equals(Expected.blockEnd(c.runner())), c,
                        "end %s, expected %s", end, Expected.blockEnd(c.runner()));
                violations.check(plan.sessions().map(StrengthSession::date).max(LocalDate::compareTo)
                        .orElseThrow().equals(end), c, "blockEnd %s is not the date of the last session", end);
            }
        });
        violations.assertNone();
        assertThat(StrengthBlock.lastLiftingDay(RACE)).isEqualTo("2027-03-28");
    }

    @Test
    @DisplayName("D3: fewer than 4 long-run days: no block, no weeks, null dates, warning.no-block, race-day card")
    void d3_tooCloseForABlock() {
        Violations violations = new Violations();
        LongAdder noBlock = new LongAdder();
        PlanSpace.forEachPlan((c, plan) -> {
            boolean expected = Expected.hasBlock(c.runner(), c.today());
            StrengthBlock block = plan.block();
            violations.check(block.hasBlock() == expected, c, "hasBlock %s, expected %s (long-run days %s)",
                    block.hasBlock(), expected, Expected.longRunDays(c.runner(), c.today()));
            List<String> warnings = codes(plan.guidance().warnings());
            if (!expected) {
                noBlock.increment();
                violations.check(plan.weeks().isEmpty() && plan.sessions().findAny().isEmpty(), c, "weeks not empty");
                violations.check(block.start() == null && block.end() == null && block.secondDayFrom() == null, c,
                        "block dates not null: %s", block);
                violations.check(!block.compressed() && block.weeks() == 0, c, "no block but %s", block);
                violations.check(warnings.contains("warning.no-block") && !warnings.contains("warning.compressed"),
                        c, "warnings %s", warnings);
                Text warning = plan.guidance().warnings().stream()
                        .filter(w -> w.code().equals("warning.no-block")).findFirst().orElse(null);
                violations.check(warning != null && warning.args().stream()
                                .anyMatch(arg -> arg instanceof LocalDate date && date.isAfter(c.race())), c,
                        "warning.no-block gives no start date for a next race: %s", warning);
                violations.check(codes(plan.guidance().raceDayCard()).equals(Guidance.RACE_DAY_CARD), c,
                        "race-day card %s", plan.guidance().raceDayCard());
                violations.check(!plan.guidance().advice().isEmpty(), c, "no advice");
            } else {
                violations.check(!warnings.contains("warning.no-block"), c, "warning.no-block with a block");
                violations.check(block.weeks() >= Bounds.MIN_BLOCK_LONG_RUNS
                        && plan.weeks().size() >= Bounds.MIN_BLOCK_LONG_RUNS, c, "block of %d weeks", block.weeks());
            }
        });
        violations.assertNone();
        assertThat(noBlock.sum()).as("plans without a block in the sweep").isPositive();
    }

    @Test
    @DisplayName("D3: the boundary: 4 long-run days make a block, 3 do not")
    void d3_boundary() {
        RunnerProfile runner = runner(RACE, DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY, 16);
        // 2027-03-07, 14, 21, 28 are left: 4 long-run days
        CrampPlan four = CrampPlanner.plan(runner, LocalDate.of(2027, 3, 6));
        assertThat(four.block().start()).isEqualTo("2027-03-07");
        assertThat(four.block().end()).isEqualTo("2027-03-28");
        assertThat(four.weeks()).hasSize(4);
        assertThat(four.block().compressed()).isTrue();
        // today is the long-run day 2027-03-07: 14, 21, 28 are left: 3
        CrampPlan three = CrampPlanner.plan(runner, LocalDate.of(2027, 3, 7));
        assertThat(three.block().hasBlock()).isFalse();
        assertThat(three.block().start()).isNull();
        assertThat(three.block().end()).isNull();
        assertThat(three.block().secondDayFrom()).isNull();
        assertThat(three.weeks()).isEmpty();
        assertThat(codes(three.guidance().warnings())).containsExactly("warning.no-block");
        assertThat(codes(three.guidance().raceDayCard())).isEqualTo(Guidance.RACE_DAY_CARD);
        // race tomorrow
        CrampPlan tomorrow = CrampPlanner.plan(runner, RACE.minusDays(1));
        assertThat(tomorrow.weeks()).isEmpty();
        assertThat(codes(tomorrow.guidance().warnings())).containsExactly("warning.no-block");
        assertThat(codes(tomorrow.guidance().raceDayCard())).isEqualTo(Guidance.RACE_DAY_CARD);
    }

    @Test
    @DisplayName("D3 compressed: compressed iff the block starts after the first long-run day on or after race - 14 weeks; warning.compressed iff compressed")
    void d3_compressed() {
        Violations violations = new Violations();
        AtomicIntegerArray seen = new AtomicIntegerArray(2);
        PlanSpace.forEachBlock((c, plan) -> {
            StrengthBlock block = plan.block();
            boolean expected = Expected.compressed(c.runner(), c.today());
            seen.incrementAndGet(expected ? 1 : 0);
            violations.check(block.compressed() == expected, c, "compressed %s, expected %s (start %s)",
                    block.compressed(), expected, block.start());
            List<Text> compressedWarnings = plan.guidance().warnings().stream()
                    .filter(w -> w.code().equals("warning.compressed")).toList();
            violations.check(compressedWarnings.size() == (expected ? 1 : 0), c,
                    "warning.compressed %s, compressed %s", compressedWarnings, expected);
            if (expected) {
                int full = Expected.fullBlockLongRunDays(c.runner());
                violations.check(compressedWarnings.size() == 1
                                && compressedWarnings.get(0).args().equals(List.of(plan.weeks().size(), full)), c,
                        "warning.compressed should count %d weeks against %d: %s", plan.weeks().size(), full,
                        compressedWarnings);
                violations.check(plan.weeks().size() < full, c, "a compressed block of %d weeks against %d",
                        plan.weeks().size(), full);
            }
        });
        violations.assertNone();
        assertThat(seen.get(0)).as("plans not compressed in the sweep").isPositive();
        assertThat(seen.get(1)).as("compressed plans in the sweep").isPositive();
    }

    @Test
    @DisplayName("D3 compressed: a full block runs from P weeks out to 3 weeks out: P-3 or P-2 long-run days, depending on the weekdays")
    void d3_fullBlockLongRunDays() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            int full = plan.block().fullLongRunDays();
            int p = c.runner().preferredStartWeeks();
            int expected = c.runner().longRunDay() == c.race().getDayOfWeek() ? p - 2 : p - 3;
            violations.check(full == Expected.fullBlockLongRunDays(c.runner()) && full == expected, c,
                    "full block %d long-run days, expected %d", full, expected);
        });
        violations.assertNone();
    }

    @ParameterizedTest(name = "today {0}: compressed {1}, {2} weeks")
    @CsvSource({
        "2026-11-21, false, 14",
        // start 2027-01-10, the first long-run day on or after 14 weeks out: a full P=14 block
        "2027-01-09, false, 12",
        // start 2027-01-17: compressed
        "2027-01-10, true,  11",
        "2027-01-12, true,  11",
        "2027-02-27, true,   5",
    })
    @DisplayName("D3 compressed: examples for race 2027-04-18, Sunday long run, P=16")
    void d3_compressedExamples(LocalDate today, boolean compressed, int weeks) {
        CrampPlan plan = CrampPlanner.plan(runner(RACE, DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY, 16), today);
        assertThat(plan.block().compressed()).isEqualTo(compressed);
        assertThat(plan.weeks()).hasSize(weeks);
        if (compressed) {
            assertThat(plan.guidance().warnings()).containsExactly(Text.of("warning.compressed", weeks, 14));
        } else {
            assertThat(plan.guidance().warnings()).isEmpty();
        }
    }

    @Test
    @DisplayName("D4: block week n is the 7 days ending on the block's n-th long-run day; week 1 starts at the block start")
    void d4_blockWeeks() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            List<LocalDate> longRuns = Expected.longRunDays(c.runner(), c.today());
            violations.check(plan.weeks().size() == longRuns.size() && plan.block().weeks() == longRuns.size(), c,
                    "%d weeks, expected one per long-run day %s", plan.weeks().size(), longRuns);
            for (int i = 0; i < Math.min(plan.weeks().size(), longRuns.size()); i++) {
                BlockWeek week = plan.weeks().get(i);
                LocalDate longRun = longRuns.get(i);
                LocalDate start = i == 0 ? plan.block().start() : longRun.minusDays(6);
                violations.check(week.number() == i + 1, c, "week at %d is numbered %d", i, week.number());
                violations.check(week.startDate().equals(start), c, "week %d starts %s, expected %s",
                        week.number(), week.startDate(), start);
                violations.check(plan.block().longRunOfWeek(i + 1).equals(longRun), c,
                        "longRunOfWeek(%d) %s, expected %s", i + 1, plan.block().longRunOfWeek(i + 1), longRun);
                if (i > 0) {
                    violations.check(week.startDate().equals(longRuns.get(i - 1).plusDays(1)), c,
                            "week %d does not start the day after week %d's long run", i + 1, i);
                }
                for (StrengthSession session : week.sessions()) {
                    violations.check(!session.date().isBefore(start) && !session.date().isAfter(longRun)
                                    && session.week() == week.number(), c,
                            "session %s (week %d) outside week %d, %s..%s", Violations.id(session), session.week(),
                            week.number(), start, longRun);
                }
                violations.check(week.sessions().stream().anyMatch(s -> s.date().equals(longRun)), c,
                        "week %d holds no session on its long run %s", week.number(), longRun);
            }
            violations.check(plan.weeks().get(0).startDate().equals(plan.weeks().get(0).sessions().get(0).date()),
                    c, "week 1 is not clipped to the block start");
        });
        violations.assertNone();
    }

    static List<String> codes(List<Text> texts) {
        return texts.stream().map(Text::code).toList();
    }

    /** A SOME-experience GYM runner with calf cramps, for the worked examples. */
    static RunnerProfile runner(LocalDate race, DayOfWeek longRunDay, DayOfWeek speedDay, int startWeeks) {
        return new RunnerProfile("Ana Ruiz", "Valencia Marathon", race, RaceDistance.MARATHON, new BigDecimal("35.5"),
                MileageUnit.MILES, longRunDay, speedDay, Set.of(CrampMuscle.CALF, CrampMuscle.HAMSTRING),
                CrampFrequency.MOST_RACES, new BigDecimal("20"), false, true, LiftingExperience.SOME,
                Equipment.GYM, Set.of(), startWeeks);
    }
}
