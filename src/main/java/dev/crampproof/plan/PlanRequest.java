package dev.crampproof.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A runner's answers as they arrive from the form or the API, before any rule has looked at
 * them: every field may be missing. {@link RequestCheck} says what is wrong with them;
 * {@link RunnerProfile#from} turns a request without problems into the profile the rules use.
 */
public record PlanRequest(
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
        Boolean crampsInTraining,
        Boolean fluidsAlreadyChanged,
        LiftingExperience liftingExperience,
        Equipment equipment,
        Set<RaceCondition> raceConditions,
        Integer preferredStartWeeks,
        String coachCode) {
}
