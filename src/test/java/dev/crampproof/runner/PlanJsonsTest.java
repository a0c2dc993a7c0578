package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.CrampProofTest;
import dev.crampproof.FixedClock;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.RaceDistance;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A session's exercises are written to JSON once per list and language, then shared. */
@CrampProofTest
class PlanJsonsTest {

    @Autowired
    PlanJsons jsons;

    @Autowired
    RunnerPlans plans;

    @Autowired
    JsonMapper json;

    @AfterEach
    void englishAgain() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** A new plan with the same answers as every other one here. */
    private PlanView twin() {
        PlanRequest request = new PlanRequest("Ana", null, FixedClock.TODAY.plusWeeks(20), RaceDistance.MARATHON,
                new BigDecimal("30"), MileageUnit.MILES, DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY,
                Set.of(CrampMuscle.CALF), CrampFrequency.SOMETIMES, null, false, false, LiftingExperience.SOME,
                Equipment.GYM, Set.of(), 15, null);
        RunnerPlans.Made made = (RunnerPlans.Made) plans.make(request, List.of());
        return plans.find(made.token()).orElseThrow();
    }

    private static List<PlanJson.SessionJson> sessions(PlanJson plan) {
        return plan.weeks().stream().flatMap(week -> week.sessions().stream()).toList();
    }

    @Test
    void two_runners_with_the_same_answers_share_each_sessions_exercise_list() {
        List<PlanJson.SessionJson> one = sessions(jsons.of(twin()));
        List<PlanJson.SessionJson> other = sessions(jsons.of(twin()));

        assertThat(one).hasSameSizeAs(other).isNotEmpty();
        for (int i = 0; i < one.size(); i++) {
            assertThat(other.get(i).exercises()).isSameAs(one.get(i).exercises());
        }
        LocaleContextHolder.setLocale(Locale.FRANCE);
        assertThat(sessions(jsons.of(twin())).get(0).exercises()).as("kept per language")
                .isEqualTo(one.get(0).exercises()).isNotSameAs(one.get(0).exercises());
    }

    @Test
    void the_kept_list_is_the_contracts_list_of_exercises() {
        PlanView view = twin();
        PlanJson.SessionJson first = sessions(jsons.of(view)).get(0);

        String written = first.exercises().rawValue().toString();
        assertThat(PlanJsons.utf8(first.exercises())).as("kept with its UTF-8 bytes")
                .isEqualTo(written.getBytes(StandardCharsets.UTF_8)).isSameAs(PlanJsons.utf8(first.exercises()));
        JsonNode exercises = json.readTree(written);
        assertThat(exercises.isArray()).isTrue();
        assertThat(exercises).hasSize(view.plan().sessions().findFirst().orElseThrow().exercises().size());
        for (JsonNode exercise : exercises) {
            assertThat(exercise.propertyNames()).containsExactly("name", "pattern", "sets", "reps", "load", "targets");
        }
    }
}
