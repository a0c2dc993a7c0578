package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sweep itself: it covers the input space the way the sweep tests claim. */
@DisplayName("PlanSpace: the sweep covers the input space")
class PlanSpaceTest {

    @Test
    @DisplayName("every long-run day x other speed day x race 1..280 days ahead x P 14/15/16, each exactly once, all valid requests")
    void everyTupleExactlyOnce() {
        assertThat(PlanSpace.size()).isEqualTo(7 * 6 * 280 * 3);
        Set<List<Object>> tuples = new HashSet<>();
        PlanSpace.cases().forEach(c -> {
            long daysAhead = c.race().toEpochDay() - c.today().toEpochDay();
            assertThat(daysAhead).isBetween(1L, 280L);
            assertThat(c.runner().speedDay()).isNotEqualTo(c.runner().longRunDay());
            assertThat(c.runner().crampFrequency() == CrampFrequency.NEVER).isEqualTo(c.runner().crampMuscles().isEmpty());
            assertThat(RequestCheck.problems(c.request(), c.today())).isEmpty();
            tuples.add(List.of(c.runner().longRunDay(), c.runner().speedDay(), daysAhead,
                    c.runner().preferredStartWeeks()));
        });
        assertThat(tuples).hasSize(PlanSpace.size());
    }

    @Test
    @DisplayName("every experience x equipment x cramp-muscle subset x weekday of today appears many times, also among plans with a block")
    void everyCombinationManyTimes() {
        Map<List<Object>, LongAdder> all = new ConcurrentHashMap<>();
        Map<List<Object>, LongAdder> withBlock = new ConcurrentHashMap<>();
        Map<Integer, LongAdder> blockWeeks = new ConcurrentHashMap<>();
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        PlanSpace.forEachPlan((c, plan) -> {
            RunnerProfile r = c.runner();
            List<Object> combination = List.of(r.liftingExperience(), r.equipment(), r.crampMuscles(),
                    c.today().getDayOfWeek());
            all.computeIfAbsent(combination, k -> new LongAdder()).increment();
            if (plan.block().hasBlock()) {
                withBlock.computeIfAbsent(combination, k -> new LongAdder()).increment();
                blockWeeks.computeIfAbsent(plan.weeks().size(), k -> new LongAdder()).increment();
            }
            String kind = !plan.block().hasBlock() ? "no block" : plan.block().compressed() ? "compressed" : "full";
            kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            kinds.computeIfAbsent(r.raceDistance() + " " + r.mileageUnit(), k -> new LongAdder()).increment();
            kinds.computeIfAbsent("race on " + c.race().getDayOfWeek(), k -> new LongAdder()).increment();
            kinds.computeIfAbsent("P=" + r.preferredStartWeeks() + " " + r.liftingExperience(), k -> new LongAdder())
                    .increment();
            if (c.race().getMonthValue() == 2 && c.race().getDayOfMonth() == 29) {
                kinds.computeIfAbsent("race on 29 February", k -> new LongAdder()).increment();
            }
        });
        int combinations = 3 * 3 * 16 * 7;
        assertThat(PlanSpace.COMBINATIONS).isEqualTo(combinations);
        assertThat(all).hasSize(combinations);
        assertThat(all.values()).allMatch(n -> n.sum() >= 30);
        assertThat(withBlock).hasSize(combinations);
        assertThat(withBlock.values()).allMatch(n -> n.sum() >= 15);
        assertThat(blockWeeks.keySet()).containsExactlyInAnyOrder(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(kinds).containsKeys("no block", "compressed", "full", "race on 29 February",
                "MARATHON MILES", "MARATHON KILOMETERS", "HALF_MARATHON MILES", "HALF_MARATHON KILOMETERS");
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(kinds).containsKey("race on " + day);
        }
        for (int p = 14; p <= 16; p++) {
            for (LiftingExperience experience : LiftingExperience.values()) {
                assertThat(kinds).containsKey("P=" + p + " " + experience);
            }
        }
        assertThat(PlanSpace.MUSCLE_SUBSETS).hasSize(16).doesNotHaveDuplicates();
        assertThat(PlanSpace.FIRST_TODAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(PlanSpace.FIRST_TODAY).isEqualTo(LocalDate.of(2027, 1, 4));
    }
}
