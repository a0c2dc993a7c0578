package dev.crampproof.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The input space the sweep tests walk, the same for all of them: every long-run weekday x every
 * other speed weekday x every race date from 1 to 280 days (40 weeks) after today x preferred
 * start 14, 15 and 16. That is 7 x 6 x 280 x 3 = 35,280 cases.
 *
 * <p>Across the sweep the other answers cycle deterministically: lifting experience x equipment
 * x the 16 subsets of cramp muscles x the weekday of today (1,008 combinations) come from a
 * counter that is decorrelated from the preferred start, so every combination appears about 35
 * times, spread over the whole sweep (see {@code PlanSpaceTest}). Distance, unit, mileage (values
 * on both sides of A1's thresholds), cramp frequency and onset, cramps in training, fluids
 * changed, race conditions and the week of the year of today cycle with other periods. Today
 * moves over a whole year from 2027-01-04, so race dates cross year ends and 2028-02-29.
 *
 * <p>Every case is built as a {@link PlanRequest} that {@link RequestCheck} must accept, and
 * turned into a profile by {@link RunnerProfile#from}, the way the application does it.
 */
final class PlanSpace {

    static final int MAX_DAYS_AHEAD = 280;
    static final List<Integer> START_WEEKS = List.of(14, 15, 16);
    /** A Monday; today is this date plus whole weeks plus the cycled weekday. */
    static final LocalDate FIRST_TODAY = LocalDate.of(2027, 1, 4);
    static final int WEEKS_OF_TODAY = 53;

    static final List<Set<CrampMuscle>> MUSCLE_SUBSETS = muscleSubsets();
    /** Experience x equipment x muscle subset x weekday of today. */
    static final int COMBINATIONS = LiftingExperience.values().length * Equipment.values().length
            * MUSCLE_SUBSETS.size() * DayOfWeek.values().length;

    private static final int SPEED_DAYS = DayOfWeek.values().length - 1;
    private static final int TUPLES = DayOfWeek.values().length * SPEED_DAYS * MAX_DAYS_AHEAD;
    private static final int SIZE = TUPLES * START_WEEKS.size();
    /** Coprime to {@link #COMBINATIONS}: consecutive cases get unrelated combinations. */
    private static final int COMBINATION_STRIDE = 389;
    /** Shifts the combination by preferred start, so neither decides the other. */
    private static final int START_SHIFT = 337;

    private static final List<BigDecimal> MILES = decimals("0", "10", "14.9", "15", "20", "24.9", "25", "40", "124");
    private static final List<BigDecimal> KILOMETERS = decimals("0", "16", "23.9", "24", "30", "39.9", "40", "80", "200");
    private static final List<CrampFrequency> CRAMPING = List.of(
            CrampFrequency.SOMETIMES, CrampFrequency.MOST_RACES, CrampFrequency.EVERY_RACE);

    private PlanSpace() {
    }

    /** One point of the space: today's date, the runner's answers and the profile made of them. */
    record PlanCase(int index, LocalDate today, PlanRequest request, RunnerProfile runner) {

        CrampPlan plan() {
            return CrampPlanner.plan(runner, today);
        }

        LocalDate race() {
            return runner.raceDate();
        }

        @Override
        public String toString() {
            return "#" + index + " today=" + today + " (" + today.getDayOfWeek() + ") race=" + race()
                    + " (" + race().getDayOfWeek() + ", +" + (race().toEpochDay() - today.toEpochDay()) + "d)"
                    + " longRun=" + runner.longRunDay() + " speed=" + runner.speedDay()
                    + " P=" + runner.preferredStartWeeks() + " " + runner.liftingExperience()
                    + " " + runner.equipment() + " muscles=" + runner.crampMuscles()
                    + " " + runner.crampFrequency() + " " + runner.raceDistance()
                    + " " + runner.weeklyMileage() + " " + runner.mileageUnit()
                    + " conditions=" + runner.raceConditions()
                    + (runner.crampsInTraining() ? " crampsInTraining" : "")
                    + (runner.fluidsAlreadyChanged() ? " fluidsChanged" : "");
        }
    }

    static int size() {
        return SIZE;
    }

    static Stream<PlanCase> cases() {
        return IntStream.range(0, SIZE).mapToObj(PlanSpace::at);
    }

    /**
     * Walks the whole sweep, planning each case once. Cases run in parallel, so a check may only
     * touch thread-safe state: {@link Violations}, atomics, concurrent collections.
     */
    static void forEachPlan(BiConsumer<PlanCase, CrampPlan> check) {
        IntStream.range(0, SIZE).parallel().forEach(i -> {
            PlanCase planCase = at(i);
            check.accept(planCase, planCase.plan());
        });
    }

    /** Walks the cases whose plan has a strength block (D3 did not apply). */
    static void forEachBlock(BiConsumer<PlanCase, CrampPlan> check) {
        forEachPlan((planCase, plan) -> {
            if (plan.block().hasBlock()) {
                check.accept(planCase, plan);
            }
        });
    }

    static PlanCase at(int index) {
        int startIndex = index % START_WEEKS.size();
        int tuple = index / START_WEEKS.size();
        int daysAhead = tuple % MAX_DAYS_AHEAD + 1;
        int speedIndex = tuple / MAX_DAYS_AHEAD % SPEED_DAYS;
        DayOfWeek longRunDay = DayOfWeek.values()[tuple / MAX_DAYS_AHEAD / SPEED_DAYS];
        DayOfWeek speedDay = longRunDay.plus(speedIndex + 1L);

        int combination = Math.floorMod(tuple * COMBINATION_STRIDE + startIndex * START_SHIFT, COMBINATIONS);
        LiftingExperience experience = LiftingExperience.values()[combination % 3];
        Equipment equipment = Equipment.values()[combination / 3 % 3];
        Set<CrampMuscle> muscles = MUSCLE_SUBSETS.get(combination / 9 % 16);
        int todayWeekday = combination / 144;

        LocalDate today = FIRST_TODAY.plusWeeks(index / 11 % WEEKS_OF_TODAY).plusDays(todayWeekday);
        LocalDate race = today.plusDays(daysAhead);
        RaceDistance distance = RaceDistance.values()[index / 5 % 2];
        MileageUnit unit = MileageUnit.values()[index / 7 % 2];
        List<BigDecimal> mileages = unit == MileageUnit.MILES ? MILES : KILOMETERS;
        BigDecimal mileage = mileages.get(index / 13 % mileages.size());
        CrampFrequency frequency = muscles.isEmpty() ? CrampFrequency.NEVER : CRAMPING.get(index / 17 % 3);
        BigDecimal onset = frequency == CrampFrequency.NEVER ? null : onset(distance.length(unit), index / 19 % 3);
        Set<RaceCondition> conditions = conditions(index / 23 % 4);

        PlanRequest request = new PlanRequest(
                "Runner " + index,
                index / 29 % 2 == 0 ? null : "Race " + index,
                race,
                distance,
                mileage,
                unit,
                longRunDay,
                speedDay,
                muscles,
                frequency,
                onset,
                index / 31 % 2 == 1,
                index / 37 % 2 == 1,
                experience,
                equipment,
                conditions,
                START_WEEKS.get(startIndex),
                null);
        List<FieldProblem> problems = RequestCheck.problems(request, today);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PlanSpace made an invalid request " + request + ": " + problems);
        }
        return new PlanCase(index, today, request, RunnerProfile.from(request));
    }

    /** All 16 subsets of the cramp muscles, by bit mask: CALF=1, HAMSTRING=2, QUAD=4, OTHER=8. */
    private static List<Set<CrampMuscle>> muscleSubsets() {
        List<Set<CrampMuscle>> subsets = new ArrayList<>();
        CrampMuscle[] all = CrampMuscle.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<CrampMuscle> subset = EnumSet.noneOf(CrampMuscle.class);
            for (int bit = 0; bit < all.length; bit++) {
                if ((mask & 1 << bit) != 0) {
                    subset.add(all[bit]);
                }
            }
            subsets.add(Set.copyOf(subset));
        }
        return List.copyOf(subsets);
    }

    private static BigDecimal onset(BigDecimal raceLength, int choice) {
        return switch (choice) {
            case 0 -> null;
            case 1 -> raceLength.subtract(new BigDecimal("6"));
            default -> raceLength;
        };
    }

    private static Set<RaceCondition> conditions(int mask) {
        Set<RaceCondition> conditions = EnumSet.noneOf(RaceCondition.class);
        if ((mask & 1) != 0) {
            conditions.add(RaceCondition.HOT);
        }
        if ((mask & 2) != 0) {
            conditions.add(RaceCondition.HILLY);
        }
        return conditions;
    }

    private static List<BigDecimal> decimals(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }
}
