package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The defaults of plan-rules.md ("Inputs") that {@link RunnerProfile#from} fills in. */
@DisplayName("Inputs: defaults")
class RunnerProfileTest {

    @Test
    @DisplayName("Inputs: a request of only the required fields gets every default of plan-rules.md")
    void defaults() {
        RunnerProfile runner = Requests.minimal().profile();
        assertThat(runner.raceDistance()).isEqualTo(RaceDistance.MARATHON);
        assertThat(runner.longRunDay()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(runner.speedDay()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(runner.equipment()).isEqualTo(Equipment.GYM);
        assertThat(runner.preferredStartWeeks()).isEqualTo(16);
        assertThat(runner.crampMuscles()).isEmpty();
        assertThat(runner.raceConditions()).isEmpty();
        assertThat(runner.crampsInTraining()).isFalse();
        assertThat(runner.fluidsAlreadyChanged()).isFalse();
        assertThat(runner.raceName()).isNull();
        assertThat(runner.crampOnset()).isNull();
        assertThat(runner.hasNeverCramped()).isTrue();
    }

    @ParameterizedTest(name = "long run {0}")
    @EnumSource(DayOfWeek.class)
    @DisplayName("Inputs: the speed day defaults to the long-run day + 3 days, and the plan's second double days fall on it")
    void speedDayDefaultsToLongRunPlusThree(DayOfWeek longRunDay) {
        Requests request = Requests.valid();
        request.longRunDay = longRunDay;
        request.speedDay = null;
        RunnerProfile runner = request.profile();
        assertThat(runner.speedDay()).isEqualTo(longRunDay.plus(3)).isNotEqualTo(longRunDay);
        assertThat(RunnerProfile.defaultSpeedDay(longRunDay)).isEqualTo(longRunDay.plus(3));

        CrampPlan plan = CrampPlanner.plan(runner, Requests.TODAY);
        assertThat(plan.sessions().filter(s -> s.anchor() == Anchor.SPEED))
                .isNotEmpty()
                .allMatch(s -> s.date().getDayOfWeek() == longRunDay.plus(3));
        LocalDate secondDayFrom = plan.block().secondDayFrom();
        assertThat(secondDayFrom.getDayOfWeek()).isEqualTo(longRunDay.plus(3));
    }

    @Test
    @DisplayName("Inputs: names are trimmed, a blank race name is no race name, distances kept to a tenth")
    void trimmedAndScaled() {
        Requests request = Requests.valid();
        request.runnerName = "  Ana Ruiz \t";
        request.raceName = "   ";
        request.weeklyMileage = new BigDecimal("35.55");
        RunnerProfile runner = request.profile();
        assertThat(runner.runnerName()).isEqualTo("Ana Ruiz");
        assertThat(runner.raceName()).isNull();
        assertThat(runner.weeklyMileage()).isEqualTo(new BigDecimal("35.6"));
        request.raceName = "  Valencia Marathon ";
        assertThat(request.profile().raceName()).isEqualTo("Valencia Marathon");
    }
}
