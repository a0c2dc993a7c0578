package dev.crampproof.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The input rules of plan-rules.md ("Inputs"): one check for the form and the API alike, so a
 * runner gets the same answer whichever way they ask. Every problem is reported, not just the
 * first.
 */
public final class RequestCheck {

    private RequestCheck() {
    }

    public static List<FieldProblem> problems(PlanRequest request, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        checkRunnerName(request.runnerName(), problems);
        checkRaceName(request.raceName(), problems);
        checkRaceDate(request.raceDate(), today, problems);
        checkMileage(request, problems);
        required("mileageUnit", request.mileageUnit(), problems);
        if (request.speedDay() != null && request.speedDay() == effectiveLongRunDay(request)) {
            problems.add(FieldProblem.of("speedDay", "problem.speedDay.sameAsLongRun"));
        }
        checkCramps(request, problems);
        required("liftingExperience", request.liftingExperience(), problems);
        Integer start = request.preferredStartWeeks();
        if (start != null && !Bounds.START_WEEKS.contains(start)) {
            problems.add(FieldProblem.of("preferredStartWeeks", "problem.preferredStartWeeks.range",
                    Bounds.START_WEEKS.min(), Bounds.START_WEEKS.max()));
        }
        return problems;
    }

    private static void checkRunnerName(String name, List<FieldProblem> problems) {
        // A name needs at least one letter or digit: spaces of any kind alone are no name.
        if (name == null || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            problems.add(FieldProblem.of("runnerName", "problem.required"));
            return;
        }
        checkText("runnerName", name.strip(), Bounds.RUNNER_NAME_LENGTH, problems);
    }

    private static void checkRaceName(String name, List<FieldProblem> problems) {
        if (name != null) {
            checkText("raceName", name.strip(), Bounds.RACE_NAME_LENGTH, problems);
        }
    }

    private static void checkText(String field, String text, Range length, List<FieldProblem> problems) {
        int characters = text.codePointCount(0, text.length());
        if (!length.contains(characters)) {
            problems.add(FieldProblem.of(field, "problem.text.tooLong", length.max()));
        } else if (text.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.SURROGATE)) {
            // a control character, or half a character (an unpaired surrogate, sent as a JSON escape)
            problems.add(FieldProblem.of(field, "problem.text.control"));
        }
    }

    private static void checkRaceDate(LocalDate raceDate, LocalDate today, List<FieldProblem> problems) {
        if (raceDate == null) {
            problems.add(FieldProblem.of("raceDate", "problem.required"));
        } else if (!raceDate.isAfter(today)) {
            problems.add(FieldProblem.of("raceDate", "problem.raceDate.notFuture"));
        } else if (raceDate.isAfter(latestRaceDate(today))) {
            problems.add(FieldProblem.of("raceDate", "problem.raceDate.tooFar", Bounds.MAX_WEEKS_TO_RACE,
                    latestRaceDate(today)));
        }
    }

    public static LocalDate latestRaceDate(LocalDate today) {
        return today.plusWeeks(Bounds.MAX_WEEKS_TO_RACE);
    }

    private static void checkMileage(PlanRequest request, List<FieldProblem> problems) {
        BigDecimal mileage = request.weeklyMileage();
        if (mileage == null) {
            problems.add(FieldProblem.of("weeklyMileage", "problem.required"));
        } else if (mileage.signum() < 0) {
            problems.add(FieldProblem.of("weeklyMileage", "problem.weeklyMileage.negative"));
        } else if (request.mileageUnit() != null
                && mileage.compareTo(Bounds.maxWeeklyMileage(request.mileageUnit())) > 0) {
            problems.add(FieldProblem.of("weeklyMileage", "problem.weeklyMileage.tooHigh",
                    Bounds.maxWeeklyMileage(request.mileageUnit()), request.mileageUnit()));
        }
    }

    private static void checkCramps(PlanRequest request, List<FieldProblem> problems) {
        CrampFrequency frequency = request.crampFrequency();
        boolean noMuscles = request.crampMuscles() == null || request.crampMuscles().isEmpty();
        if (frequency == null) {
            problems.add(FieldProblem.of("crampFrequency", "problem.required"));
        } else if (frequency == CrampFrequency.NEVER && !noMuscles) {
            problems.add(FieldProblem.of("crampMuscles", "problem.crampMuscles.withNever"));
        } else if (frequency != CrampFrequency.NEVER && noMuscles) {
            problems.add(FieldProblem.of("crampMuscles", "problem.crampMuscles.missing"));
        }
        BigDecimal onset = request.crampOnset();
        if (onset != null && request.mileageUnit() != null) {
            RaceDistance distance = request.raceDistance() == null
                    ? RunnerProfile.DEFAULT_DISTANCE : request.raceDistance();
            BigDecimal length = distance.length(request.mileageUnit());
            if (onset.signum() <= 0 || onset.compareTo(length) > 0) {
                problems.add(FieldProblem.of("crampOnset", "problem.crampOnset.range", length,
                        request.mileageUnit()));
            }
        }
    }

    private static DayOfWeek effectiveLongRunDay(PlanRequest request) {
        return request.longRunDay() == null ? RunnerProfile.DEFAULT_LONG_RUN_DAY : request.longRunDay();
    }

    private static void required(String field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "problem.required"));
        }
    }
}
