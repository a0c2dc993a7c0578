package dev.crampproof.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A runner's checked answers with the defaults of plan-rules.md filled in: everything the rules
 * need to write a plan.
 */
public record RunnerProfile(
        String runnerName,
        String raceName,
        LocalDate raceDate,
        RaceDistance raceDistance,
        BigDecimal weeklyMileage,
        MileageUnit mileageUnit,
        DayOfWeek longRunDay,
        DayOfWeek speedDay,
        Set<CrampMuscle> crampMuscles,
        CrampFrequency crampFrequency,
        BigDecimal crampOnset,
        boolean crampsInTraining,
        boolean fluidsAlreadyChanged,
        LiftingExperience liftingExperience,
        Equipment equipment,
        Set<RaceCondition> raceConditions,
        int preferredStartWeeks) {

    /** Distances are kept to a tenth of the runner's unit. */
    public static final int DISTANCE_SCALE = 1;
    public static final DayOfWeek DEFAULT_LONG_RUN_DAY = DayOfWeek.SUNDAY;
    public static final RaceDistance DEFAULT_DISTANCE = RaceDistance.MARATHON;
    public static final Equipment DEFAULT_EQUIPMENT = Equipment.GYM;

    public RunnerProfile {
        crampMuscles = Collections.unmodifiableSet(copy(crampMuscles, CrampMuscle.class));
        raceConditions = Collections.unmodifiableSet(copy(raceConditions, RaceCondition.class));
        weeklyMileage = weeklyMileage.setScale(DISTANCE_SCALE, RoundingMode.HALF_UP);
        crampOnset = crampOnset == null ? null : crampOnset.setScale(DISTANCE_SCALE, RoundingMode.HALF_UP);
    }

    /** Applies the defaults; call only for a request {@link RequestCheck} found no problem with. */
    public static RunnerProfile from(PlanRequest request) {
        DayOfWeek longRunDay = orDefault(request.longRunDay(), DEFAULT_LONG_RUN_DAY);
        return new RunnerProfile(
                request.runnerName().strip(),
                blankToNull(request.raceName()),
                request.raceDate(),
                orDefault(request.raceDistance(), DEFAULT_DISTANCE),
                request.weeklyMileage(),
                request.mileageUnit(),
                longRunDay,
                orDefault(request.speedDay(), defaultSpeedDay(longRunDay)),
                orDefault(request.crampMuscles(), Set.of()),
                request.crampFrequency(),
                request.crampOnset(),
                orDefault(request.crampsInTraining(), false),
                orDefault(request.fluidsAlreadyChanged(), false),
                request.liftingExperience(),
                orDefault(request.equipment(), DEFAULT_EQUIPMENT),
                orDefault(request.raceConditions(), Set.of()),
                orDefault(request.preferredStartWeeks(), Bounds.DEFAULT_START_WEEKS));
    }

    /** Midway between two long runs, so the speed session has recovery on both sides. */
    public static DayOfWeek defaultSpeedDay(DayOfWeek longRunDay) {
        return longRunDay.plus(3);
    }

    public boolean hasNeverCramped() {
        return crampFrequency == CrampFrequency.NEVER;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
