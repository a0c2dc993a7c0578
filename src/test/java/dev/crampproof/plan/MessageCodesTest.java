package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules speak in message codes (package-info); the web layer resolves them from
 * messages.properties. Every code the rules can produce must be there.
 */
@DisplayName("Message codes of the rules resolve in messages.properties")
class MessageCodesTest {

    private static Properties messages;

    @BeforeAll
    static void load() throws IOException {
        messages = new Properties();
        try (InputStream in = MessageCodesTest.class.getResourceAsStream("/messages.properties")) {
            assertThat(in).as("messages.properties on the class path").isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("every exercise, load, form cue and race-day card line has its text")
    void catalogueCodes() {
        List<String> codes = new ArrayList<>();
        for (Exercise exercise : Exercise.values()) {
            codes.add(exercise.messageCode());
        }
        for (Load load : Load.values()) {
            codes.add(load.messageCode());
            codes.add(load.shortNameCode());
        }
        for (FormCue cue : FormCue.values()) {
            codes.add(cue.messageCode());
        }
        codes.addAll(Guidance.RACE_DAY_CARD);
        assertThat(codes).allSatisfy(code -> assertThat(messages).containsKey(code));
    }

    @Test
    @DisplayName("every warning and advice of every plan of the sweep has its text")
    void guidanceCodes() {
        Set<String> codes = ConcurrentHashMap.newKeySet();
        PlanSpace.forEachPlan((c, plan) -> {
            plan.guidance().warnings().forEach(t -> codes.add(t.code()));
            plan.guidance().advice().forEach(a -> codes.add(a.text().code()));
            plan.guidance().raceDayCard().forEach(t -> codes.add(t.code()));
        });
        assertThat(codes).contains("warning.no-block", "warning.compressed", "warning.cramps-in-training",
                "advice.a1", "advice.a2", "advice.a3", "advice.a3.fluids-changed", "advice.a4.distance",
                "advice.a4.heat", "advice.a4.hills", "advice.a5");
        assertThat(codes).allSatisfy(code -> assertThat(messages).containsKey(code));
    }

    @Test
    @DisplayName("every input problem RequestCheck reports has its text")
    void problemCodes() {
        Requests bad = Requests.valid();
        bad.runnerName = "a".repeat(81);
        bad.raceName = "Race\u0000";
        bad.raceDate = Requests.TODAY;
        bad.weeklyMileage = new BigDecimal("-1");
        bad.speedDay = bad.longRunDay;
        bad.crampFrequency = CrampFrequency.NEVER;
        bad.crampOnset = BigDecimal.ZERO;
        bad.preferredStartWeeks = 13;
        Requests tooMuch = Requests.valid();
        tooMuch.raceDate = Requests.TODAY.plusYears(3);
        tooMuch.weeklyMileage = new BigDecimal("500");
        tooMuch.crampMuscles = Set.of();
        List<FieldProblem> problems = new ArrayList<>();
        for (Requests request : List.of(bad, tooMuch, Requests.empty())) {
            problems.addAll(RequestCheck.problems(request.build(), Requests.TODAY));
        }
        assertThat(problems).extracting(p -> p.message().code()).contains("problem.required",
                "problem.text.tooLong", "problem.text.control", "problem.raceDate.notFuture",
                "problem.raceDate.tooFar", "problem.weeklyMileage.negative", "problem.weeklyMileage.tooHigh",
                "problem.speedDay.sameAsLongRun", "problem.crampMuscles.withNever", "problem.crampMuscles.missing",
                "problem.crampOnset.range", "problem.preferredStartWeeks.range");
        assertThat(problems).allSatisfy(p -> assertThat(messages).containsKey(p.message().code()));
    }
}
