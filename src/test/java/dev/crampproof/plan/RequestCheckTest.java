package dev.crampproof.plan;

import static dev.crampproof.plan.Requests.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The input rules of plan-rules.md ("Inputs"), as {@link RequestCheck} holds them. */
@DisplayName("Inputs: RequestCheck")
class RequestCheckTest {

    private static final String SUPPLEMENTARY_LETTER = "\uD801\uDC00"; // DESERET CAPITAL LETTER LONG I, 2 chars

    @Test
    @DisplayName("Inputs: api.md's example request and a request of only the required fields have no problems")
    void validRequestsHaveNoProblems() {
        assertThat(problems(Requests.valid())).isEmpty();
        assertThat(problems(Requests.minimal())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"runnerName", "raceDate", "weeklyMileage", "mileageUnit", "crampFrequency",
        "liftingExperience"})
    @DisplayName("Inputs: each required field, when missing, is reported as required")
    void missingRequiredField(String field) {
        Requests request = Requests.valid();
        switch (field) {
            case "runnerName" -> request.runnerName = null;
            case "raceDate" -> request.raceDate = null;
            case "weeklyMileage" -> request.weeklyMileage = null;
            case "mileageUnit" -> request.mileageUnit = null;
            case "crampFrequency" -> request.crampFrequency = null;
            case "liftingExperience" -> request.liftingExperience = null;
            default -> throw new IllegalArgumentException(field);
        }
        assertThat(problems(request)).containsExactly(FieldProblem.of(field, "problem.required"));
    }

    @Test
    @DisplayName("Inputs: an empty request reports all six required fields at once, and nothing else")
    void emptyRequestReportsEveryRequiredField() {
        assertThat(problems(Requests.empty())).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "runnerName", "raceDate", "weeklyMileage", "mileageUnit", "crampFrequency", "liftingExperience");
        assertThat(problems(Requests.empty())).allMatch(p -> p.message().code().equals("problem.required"));
    }

    @Test
    @DisplayName("Inputs: every bad field is reported at once, each under its own field name")
    void allProblemsAtOnce() {
        Requests request = Requests.valid();
        request.runnerName = "a".repeat(81);
        request.raceName = "b".repeat(121);
        request.raceDate = TODAY;
        request.weeklyMileage = new BigDecimal("-1");
        request.longRunDay = DayOfWeek.SATURDAY;
        request.speedDay = DayOfWeek.SATURDAY;
        request.crampFrequency = CrampFrequency.NEVER;
        request.crampOnset = new BigDecimal("30");
        request.preferredStartWeeks = 17;
        assertThat(problems(request)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "runnerName", "raceName", "raceDate", "weeklyMileage", "speedDay", "crampMuscles", "crampOnset",
                "preferredStartWeeks");
        request.liftingExperience = null;
        request.mileageUnit = null;
        assertThat(problems(request)).extracting(FieldProblem::field).contains("liftingExperience", "mileageUnit",
                "runnerName", "raceDate", "weeklyMileage", "speedDay", "crampMuscles", "preferredStartWeeks");
    }

    @Nested
    @DisplayName("Inputs: runner name, 1-80 characters after trimming, any Unicode letter, no control characters")
    class RunnerName {

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {" ", "   ", "\t", " \n "})
        @DisplayName("missing or blank is required")
        void blank(String name) {
            assertThat(problemsWith(r -> r.runnerName = name)).containsExactly(
                    FieldProblem.of("runnerName", "problem.required"));
        }

        @Test
        @DisplayName("80 code points are fine, also as 160 UTF-16 chars and with spaces around; 81 are too many")
        void length() {
            assertThat(problemsWith(r -> r.runnerName = "a".repeat(80))).isEmpty();
            assertThat(problemsWith(r -> r.runnerName = "  " + "a".repeat(80) + "  ")).isEmpty();
            assertThat(problemsWith(r -> r.runnerName = SUPPLEMENTARY_LETTER.repeat(80))).isEmpty();
            assertThat(problemsWith(r -> r.runnerName = "a")).isEmpty();
            assertThat(problemsWith(r -> r.runnerName = "a".repeat(81))).containsExactly(
                    FieldProblem.of("runnerName", "problem.text.tooLong", 80));
            assertThat(problemsWith(r -> r.runnerName = SUPPLEMENTARY_LETTER.repeat(81))).containsExactly(
                    FieldProblem.of("runnerName", "problem.text.tooLong", 80));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Zoë Ørsted-Łukasiewicz", "李小龍", "Zoe\u0308", "Ana María O’Neill", "Ἀριστοτέλης"})
        @DisplayName("any Unicode letter is fine")
        void unicodeLetters(String name) {
            assertThat(problemsWith(r -> r.runnerName = name)).isEmpty();
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"0000", "0007", "0009", "000A", "000D", "001B", "007F", "0085", "009F"})
        @DisplayName("control characters inside the name are refused")
        void controlCharacters(String hex) {
            String name = "Ana" + (char) Integer.parseInt(hex, 16) + "Ruiz";
            assertThat(problemsWith(r -> r.runnerName = name)).containsExactly(
                    FieldProblem.of("runnerName", "problem.text.control"));
        }
    }

    @Nested
    @DisplayName("Inputs: race name, optional, 0-120 characters, no control characters")
    class RaceName {

        @Test
        @DisplayName("missing, blank and 120 characters are fine; 121 are too many")
        void length() {
            assertThat(problemsWith(r -> r.raceName = null)).isEmpty();
            assertThat(problemsWith(r -> r.raceName = "")).isEmpty();
            assertThat(problemsWith(r -> r.raceName = "   ")).isEmpty();
            assertThat(problemsWith(r -> r.raceName = "m".repeat(120))).isEmpty();
            assertThat(problemsWith(r -> r.raceName = SUPPLEMENTARY_LETTER.repeat(120))).isEmpty();
            assertThat(problemsWith(r -> r.raceName = "m".repeat(121))).containsExactly(
                    FieldProblem.of("raceName", "problem.text.tooLong", 120));
        }

        @Test
        @DisplayName("control characters are refused")
        void controlCharacters() {
            assertThat(problemsWith(r -> r.raceName = "Valencia\u0000Marathon")).containsExactly(
                    FieldProblem.of("raceName", "problem.text.control"));
            assertThat(problemsWith(r -> r.raceName = "Valencia\nMarathon")).containsExactly(
                    FieldProblem.of("raceName", "problem.text.control"));
        }
    }

    @Nested
    @DisplayName("Inputs: race date, after today, at most 104 weeks ahead")
    class RaceDate {

        @Test
        @DisplayName("today and the past are refused")
        void notFuture() {
            for (var date : List.of(TODAY, TODAY.minusDays(1), TODAY.minusYears(1))) {
                assertThat(problemsWith(r -> r.raceDate = date)).as("%s", date).containsExactly(
                        FieldProblem.of("raceDate", "problem.raceDate.notFuture"));
            }
        }

        @Test
        @DisplayName("tomorrow and exactly 104 weeks ahead are fine; a day more is too far")
        void range() {
            assertThat(problemsWith(r -> r.raceDate = TODAY.plusDays(1))).isEmpty();
            assertThat(problemsWith(r -> r.raceDate = TODAY.plusWeeks(104))).isEmpty();
            assertThat(RequestCheck.latestRaceDate(TODAY)).isEqualTo(TODAY.plusDays(728));
            assertThat(problemsWith(r -> r.raceDate = TODAY.plusWeeks(104).plusDays(1))).containsExactly(
                    FieldProblem.of("raceDate", "problem.raceDate.tooFar", 104, TODAY.plusWeeks(104)));
            assertThat(problemsWith(r -> r.raceDate = TODAY.plusYears(3))).extracting(FieldProblem::field)
                    .containsExactly("raceDate");
        }
    }

    @Nested
    @DisplayName("Inputs: weekly mileage, at least 0, at most 200 km or 124 mi")
    class WeeklyMileage {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"-0.1", "-1", "-200"})
        @DisplayName("negative mileage is refused")
        void negative(String mileage) {
            assertThat(problemsWith(r -> r.weeklyMileage = new BigDecimal(mileage))).containsExactly(
                    FieldProblem.of("weeklyMileage", "problem.weeklyMileage.negative"));
        }

        @ParameterizedTest(name = "{0} {1}: fine {2}")
        @CsvSource({
            "0,     MILES,      true",
            "0,     KILOMETERS, true",
            "124,   MILES,      true",
            "124.0, MILES,      true",
            "124.1, MILES,      false",
            "200,   MILES,      false",
            "124.1, KILOMETERS, true",
            "200,   KILOMETERS, true",
            "200.1, KILOMETERS, false",
            "1000,  KILOMETERS, false",
        })
        @DisplayName("the upper bound depends on the unit")
        void upperBound(String mileage, MileageUnit unit, boolean fine) {
            List<FieldProblem> problems = problemsWith(r -> {
                r.weeklyMileage = new BigDecimal(mileage);
                r.mileageUnit = unit;
                r.crampOnset = null;
            });
            if (fine) {
                assertThat(problems).isEmpty();
            } else {
                assertThat(problems).containsExactly(FieldProblem.of("weeklyMileage", "problem.weeklyMileage.tooHigh",
                        Bounds.maxWeeklyMileage(unit), unit));
            }
        }
    }

    @Nested
    @DisplayName("Inputs: speed-session day must differ from the long-run day")
    class SpeedDay {

        @ParameterizedTest(name = "{0}")
        @EnumSource(DayOfWeek.class)
        @DisplayName("the same day as the long run is refused")
        void sameDay(DayOfWeek day) {
            assertThat(problemsWith(r -> {
                r.longRunDay = day;
                r.speedDay = day;
            })).containsExactly(FieldProblem.of("speedDay", "problem.speedDay.sameAsLongRun"));
        }

        @Test
        @DisplayName("the default long-run day, SUNDAY, counts: a Sunday speed day without a long-run day is refused")
        void sameAsDefaultLongRunDay() {
            assertThat(problemsWith(r -> {
                r.longRunDay = null;
                r.speedDay = DayOfWeek.SUNDAY;
            })).containsExactly(FieldProblem.of("speedDay", "problem.speedDay.sameAsLongRun"));
        }

        @Test
        @DisplayName("different days, or either left to its default, are fine")
        void differentDays() {
            for (DayOfWeek longRun : DayOfWeek.values()) {
                for (DayOfWeek speed : DayOfWeek.values()) {
                    if (speed != longRun) {
                        assertThat(problemsWith(r -> {
                            r.longRunDay = longRun;
                            r.speedDay = speed;
                        })).as("%s / %s", longRun, speed).isEmpty();
                    }
                }
                assertThat(problemsWith(r -> {
                    r.longRunDay = longRun;
                    r.speedDay = null;
                })).isEmpty();
            }
            assertThat(problemsWith(r -> {
                r.longRunDay = null;
                r.speedDay = DayOfWeek.SATURDAY;
            })).isEmpty();
        }
    }

    @Nested
    @DisplayName("Inputs: cramp frequency NEVER goes with no cramp muscles, and the reverse")
    class CrampMuscles {

        @ParameterizedTest(name = "{0}")
        @EnumSource(CrampMuscle.class)
        @DisplayName("NEVER with a muscle is refused")
        void neverWithMuscles(CrampMuscle muscle) {
            assertThat(problemsWith(r -> {
                r.crampFrequency = CrampFrequency.NEVER;
                r.crampMuscles = Set.of(muscle);
                r.crampOnset = null;
            })).containsExactly(FieldProblem.of("crampMuscles", "problem.crampMuscles.withNever"));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = CrampFrequency.class, names = "NEVER", mode = EnumSource.Mode.EXCLUDE)
        @DisplayName("cramping with no muscle (empty or missing) is refused")
        void crampingWithoutMuscles(CrampFrequency frequency) {
            for (Set<CrampMuscle> none : java.util.Arrays.asList(Set.<CrampMuscle>of(), null)) {
                assertThat(problemsWith(r -> {
                    r.crampFrequency = frequency;
                    r.crampMuscles = none;
                })).containsExactly(FieldProblem.of("crampMuscles", "problem.crampMuscles.missing"));
            }
        }

        @Test
        @DisplayName("NEVER with no muscles, and cramping with any non-empty set of muscles, are fine")
        void consistent() {
            assertThat(problemsWith(r -> {
                r.crampFrequency = CrampFrequency.NEVER;
                r.crampMuscles = Set.of();
                r.crampOnset = null;
            })).isEmpty();
            for (Set<CrampMuscle> muscles : PlanSpace.MUSCLE_SUBSETS) {
                if (!muscles.isEmpty()) {
                    assertThat(problemsWith(r -> {
                        r.crampFrequency = CrampFrequency.EVERY_RACE;
                        r.crampMuscles = muscles;
                    })).as("%s", muscles).isEmpty();
                }
            }
            assertThat(problemsWith(r -> r.crampMuscles = EnumSet.allOf(CrampMuscle.class))).isEmpty();
        }
    }

    @Nested
    @DisplayName("Inputs: cramp onset, optional, above 0 and at most the race distance in the runner's unit")
    class CrampOnset {

        static Stream<Arguments> onsets() {
            return Stream.of(
                    Arguments.of(RaceDistance.MARATHON, MileageUnit.MILES, "26.2", "26.3"),
                    Arguments.of(RaceDistance.MARATHON, MileageUnit.KILOMETERS, "42.2", "42.3"),
                    Arguments.of(RaceDistance.HALF_MARATHON, MileageUnit.MILES, "13.1", "13.2"),
                    Arguments.of(RaceDistance.HALF_MARATHON, MileageUnit.KILOMETERS, "21.1", "21.2"),
                    // no distance given: a marathon
                    Arguments.of(null, MileageUnit.MILES, "26.2", "26.3"),
                    Arguments.of(null, MileageUnit.KILOMETERS, "42.2", "42.3"));
        }

        @ParameterizedTest(name = "{0} in {1}: {2} fine, {3} too far")
        @MethodSource("onsets")
        @DisplayName("the race distance is fine, a tenth more is refused; 0 and negative are refused")
        void range(RaceDistance distance, MileageUnit unit, String longest, String tooFar) {
            BigDecimal length = (distance == null ? RaceDistance.MARATHON : distance).length(unit);
            Consumer<Requests> race = r -> {
                r.raceDistance = distance;
                r.mileageUnit = unit;
                r.weeklyMileage = new BigDecimal("40");
            };
            assertThat(problemsWith(race.andThen(r -> r.crampOnset = new BigDecimal(longest)))).isEmpty();
            assertThat(problemsWith(race.andThen(r -> r.crampOnset = new BigDecimal("0.1")))).isEmpty();
            assertThat(problemsWith(race.andThen(r -> r.crampOnset = null))).isEmpty();
            for (String bad : List.of(tooFar, "0", "0.0", "-1", "100")) {
                assertThat(problemsWith(race.andThen(r -> r.crampOnset = new BigDecimal(bad)))).as(bad)
                        .containsExactly(FieldProblem.of("crampOnset", "problem.crampOnset.range", length, unit));
            }
        }

        @Test
        @DisplayName("20 miles is fine for a marathon and refused for a half")
        void halfIsShorter() {
            assertThat(problemsWith(r -> r.crampOnset = new BigDecimal("20"))).isEmpty();
            assertThat(problemsWith(r -> {
                r.crampOnset = new BigDecimal("20");
                r.raceDistance = RaceDistance.HALF_MARATHON;
            })).extracting(FieldProblem::field).containsExactly("crampOnset");
        }
    }

    @Nested
    @DisplayName("Inputs: preferred start, 14, 15 or 16 weeks out")
    class PreferredStart {

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {13, 17, 0, -16, 104})
        @DisplayName("outside 14-16 is refused")
        void outside(int weeks) {
            assertThat(problemsWith(r -> r.preferredStartWeeks = weeks)).containsExactly(
                    FieldProblem.of("preferredStartWeeks", "problem.preferredStartWeeks.range", 14, 16));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {14, 15, 16})
        @DisplayName("14, 15 and 16 are fine, and so is none")
        void inside(int weeks) {
            assertThat(problemsWith(r -> r.preferredStartWeeks = weeks)).isEmpty();
            assertThat(problemsWith(r -> r.preferredStartWeeks = null)).isEmpty();
        }
    }

    private static List<FieldProblem> problems(Requests request) {
        return RequestCheck.problems(request.build(), TODAY);
    }

    private static List<FieldProblem> problemsWith(Consumer<Requests> change) {
        Requests request = Requests.valid();
        change.accept(request);
        return problems(request);
    }
}
