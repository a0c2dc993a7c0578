package dev.crampproof.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Plan requests for the input and guidance tests: {@link #valid()} is api.md's example request,
 * which {@link RequestCheck} accepts on {@link #TODAY}; change one field at a time.
 */
final class Requests {

    /** api.md's createdOn date. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    String runnerName = "Ana Ruiz";
    String raceName = "Valencia Marathon";
    LocalDate raceDate = LocalDate.of(2027, 4, 18);
    RaceDistance raceDistance = RaceDistance.MARATHON;
    BigDecimal weeklyMileage = new BigDecimal("35.5");
    MileageUnit mileageUnit = MileageUnit.MILES;
    DayOfWeek longRunDay = DayOfWeek.SUNDAY;
    DayOfWeek speedDay = DayOfWeek.WEDNESDAY;
    Set<CrampMuscle> crampMuscles = Set.of(CrampMuscle.CALF, CrampMuscle.HAMSTRING);
    CrampFrequency crampFrequency = CrampFrequency.MOST_RACES;
    BigDecimal crampOnset = new BigDecimal("20");
    Boolean crampsInTraining = false;
    Boolean fluidsAlreadyChanged = true;
    LiftingExperience liftingExperience = LiftingExperience.SOME;
    Equipment equipment = Equipment.GYM;
    Set<RaceCondition> raceConditions = Set.of(RaceCondition.HOT);
    Integer preferredStartWeeks = 16;
    String coachCode;

    private Requests() {
    }

    /** api.md's example request. */
    static Requests valid() {
        return new Requests();
    }

    /** Only the required fields of api.md, everything else left to its default. */
    static Requests minimal() {
        Requests request = new Requests();
        request.raceName = null;
        request.raceDistance = null;
        request.longRunDay = null;
        request.speedDay = null;
        request.crampMuscles = null;
        request.crampFrequency = CrampFrequency.NEVER;
        request.crampOnset = null;
        request.crampsInTraining = null;
        request.fluidsAlreadyChanged = null;
        request.equipment = null;
        request.raceConditions = null;
        request.preferredStartWeeks = null;
        return request;
    }

    /** Every field missing. */
    static Requests empty() {
        Requests request = minimal();
        request.runnerName = null;
        request.raceDate = null;
        request.weeklyMileage = null;
        request.mileageUnit = null;
        request.crampFrequency = null;
        request.liftingExperience = null;
        return request;
    }

    PlanRequest build() {
        return new PlanRequest(runnerName, raceName, raceDate, raceDistance, weeklyMileage, mileageUnit, longRunDay,
                speedDay, crampMuscles, crampFrequency, crampOnset, crampsInTraining, fluidsAlreadyChanged,
                liftingExperience, equipment, raceConditions, preferredStartWeeks, coachCode);
    }

    /** The profile the application would make of this request, after checking it has no problems. */
    RunnerProfile profile() {
        PlanRequest request = build();
        java.util.List<FieldProblem> problems = RequestCheck.problems(request, TODAY);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("not a valid request: " + problems);
        }
        return RunnerProfile.from(request);
    }
}
