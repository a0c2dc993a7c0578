package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the plan says besides the sessions: advice A1-A5, the A5 warning and the race-day card R1-R3. */
class GuidanceTest {

    @Test
    @DisplayName("A1: 'run more' iff weekly mileage is below 25 mi / 40 km (marathon) or 15 mi / 24 km (half)")
    void a1_runMoreBelowTheThreshold() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            RunnerProfile runner = c.runner();
            BigDecimal enough = threshold(runner.raceDistance(), runner.mileageUnit());
            boolean below = runner.weeklyMileage().compareTo(enough) < 0;
            List<Advice> a1 = advice(plan, "A1");
            violations.check(a1.size() == (below ? 1 : 0), c, "A1 advice %s for %s %s", a1,
                    runner.weeklyMileage(), runner.mileageUnit());
            if (below && a1.size() == 1) {
                Text text = a1.get(0).text();
                violations.check(text.code().equals("advice.a1") && text.args().contains(enough)
                        && text.args().contains(Bounds.MAX_WEEKLY_INCREASE_PERCENT), c, "A1 says %s", text);
            }
        });
        violations.assertNone();
    }

    @ParameterizedTest(name = "{0}, {1} {2}: A1 {3}")
    @CsvSource({
        "MARATHON,      MILES,      24.9, true",
        "MARATHON,      MILES,      25,   false",
        "MARATHON,      MILES,      25.0, false",
        "MARATHON,      KILOMETERS, 39.9, true",
        "MARATHON,      KILOMETERS, 40,   false",
        "HALF_MARATHON, MILES,      14.9, true",
        "HALF_MARATHON, MILES,      15,   false",
        "HALF_MARATHON, KILOMETERS, 23.9, true",
        "HALF_MARATHON, KILOMETERS, 24,   false",
        // the unit matters: 25 km is short for a marathon, 24.9 mi is plenty for a half
        "MARATHON,      KILOMETERS, 25,   true",
        "HALF_MARATHON, MILES,      24.9, false",
        "HALF_MARATHON, KILOMETERS, 15,   true",
        "MARATHON,      MILES,      0,    true",
    })
    @DisplayName("A1: at the boundary, in both units and for both distances")
    void a1_boundary(RaceDistance distance, MileageUnit unit, String mileage, boolean runMore) {
        Requests request = Requests.valid();
        request.raceDistance = distance;
        request.mileageUnit = unit;
        request.weeklyMileage = new BigDecimal(mileage);
        request.crampOnset = null;
        CrampPlan plan = CrampPlanner.plan(request.profile(), Requests.TODAY);
        assertThat(advice(plan, "A1")).hasSize(runMore ? 1 : 0);
        if (runMore) {
            assertThat(advice(plan, "A1").get(0).text()).isEqualTo(Text.of("advice.a1",
                    threshold(distance, unit), unit, distance, 10));
        }
    }

    @Test
    @DisplayName("A2: every plan, with or without a block, advises watching form late in long runs")
    void a2_formAdviceAlways() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> violations.check(
                advice(plan, "A2").equals(List.of(new Advice("A2", Text.of("advice.a2")))), c, "A2 advice %s",
                advice(plan, "A2")));
        violations.assertNone();
    }

    @Test
    @DisplayName("A3: fluids advice always; 'advice.a3.fluids-changed' (strength is the missing piece) iff fluids already changed")
    void a3_fluids() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            String code = c.runner().fluidsAlreadyChanged() ? "advice.a3.fluids-changed" : "advice.a3";
            violations.check(advice(plan, "A3").equals(List.of(new Advice("A3", Text.of(code)))), c,
                    "A3 advice %s", advice(plan, "A3"));
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("A4: train for the distance always, for heat iff HOT, for hills iff HILLY")
    void a4_conditions() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            Set<RaceCondition> conditions = c.runner().raceConditions();
            List<String> codes = advice(plan, "A4").stream().map(a -> a.text().code()).toList();
            violations.check(codes.contains("advice.a4.distance"), c, "A4 %s without distance", codes);
            violations.check(codes.contains("advice.a4.heat") == conditions.contains(RaceCondition.HOT), c,
                    "A4 %s for %s", codes, conditions);
            violations.check(codes.contains("advice.a4.hills") == conditions.contains(RaceCondition.HILLY), c,
                    "A4 %s for %s", codes, conditions);
            violations.check(codes.size() == 1 + conditions.size(), c, "A4 %s for %s", codes, conditions);
            violations.check(advice(plan, "A4").stream().filter(a -> a.text().code().equals("advice.a4.distance"))
                    .allMatch(a -> a.text().args().contains(c.runner().raceDistance())), c,
                    "A4 distance advice does not name %s", c.runner().raceDistance());
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("A5: cramps in training: advice A5 and warning 'warning.cramps-in-training' iff so, and the same plan otherwise")
    void a5_crampsInTraining() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            boolean inTraining = c.runner().crampsInTraining();
            violations.check(advice(plan, "A5").equals(inTraining
                    ? List.of(new Advice("A5", Text.of("advice.a5"))) : List.of()), c, "A5 advice %s",
                    advice(plan, "A5"));
            List<String> warnings = BlockDatesTest.codes(plan.guidance().warnings());
            violations.check(warnings.contains("warning.cramps-in-training") == inTraining, c, "warnings %s",
                    warnings);
            if (inTraining) {
                RunnerProfile without = withoutCrampsInTraining(c.runner());
                CrampPlan otherwise = CrampPlanner.plan(without, c.today());
                violations.check(plan.block().equals(otherwise.block()) && plan.weeks().equals(otherwise.weeks()), c,
                        "cramps in training changed the block or the sessions");
            }
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("A1-A5: advice comes in rule order")
    void adviceInRuleOrder() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            List<String> rules = plan.guidance().advice().stream().map(Advice::rule).toList();
            violations.check(rules.stream().sorted().toList().equals(rules), c, "advice rules %s", rules);
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("R1-R3: every plan, with or without a block, carries the race-day card Guidance.RACE_DAY_CARD")
    void r1_r2_r3_raceDayCard() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> violations.check(
                BlockDatesTest.codes(plan.guidance().raceDayCard()).equals(Guidance.RACE_DAY_CARD)
                        && plan.guidance().raceDayCard().stream().allMatch(t -> t.args().isEmpty()), c,
                "race-day card %s (block: %s)", plan.guidance().raceDayCard(), plan.block().hasBlock()));
        violations.assertNone();
    }

    @Test
    @DisplayName("R1-R2: the card says what to do when a cramp strikes (R1), then after the race (R2)")
    void r1_r2_cardContents() {
        assertThat(Guidance.RACE_DAY_CARD).containsExactly(
                "card.r1.slow-down", "card.r1.stretch", "card.r1.restart", "card.r1.medical",
                "card.r2.refuel", "card.r2.walk");
    }

    static List<Advice> advice(CrampPlan plan, String rule) {
        return plan.guidance().advice().stream().filter(a -> a.rule().equals(rule)).toList();
    }

    /** A1's thresholds, spelled out from plan-rules.md. */
    private static BigDecimal threshold(RaceDistance distance, MileageUnit unit) {
        boolean marathon = distance == RaceDistance.MARATHON;
        return unit == MileageUnit.MILES
                ? new BigDecimal(marathon ? "25" : "15") : new BigDecimal(marathon ? "40" : "24");
    }

    private static RunnerProfile withoutCrampsInTraining(RunnerProfile r) {
        return new RunnerProfile(r.runnerName(), r.raceName(), r.raceDate(), r.raceDistance(), r.weeklyMileage(),
                r.mileageUnit(), r.longRunDay(), r.speedDay(), r.crampMuscles(), r.crampFrequency(), r.crampOnset(),
                false, r.fluidsAlreadyChanged(), r.liftingExperience(), r.equipment(), r.raceConditions(),
                r.preferredStartWeeks());
    }
}
