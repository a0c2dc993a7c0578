package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The double days: rules S1-S4, and the shape of a plan's weeks and sessions. */
class DoubleDayTest {

    @Test
    @DisplayName("S1: every long-run day of the block has a heavy session right after the long run (anchor LONG_RUN, not conditional)")
    void s1_heavyAfterEveryLongRun() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            List<LocalDate> longRuns = Expected.longRunDays(c.runner(), c.today());
            for (LocalDate longRun : longRuns) {
                List<StrengthSession> heavy = on(plan, longRun, SessionKind.HEAVY);
                violations.check(heavy.size() == 1 && heavy.get(0).anchor() == Anchor.LONG_RUN
                        && !heavy.get(0).conditional(), c, "long run %s: heavy sessions %s", longRun, heavy);
            }
            Set<LocalDate> longRunSessionDates = plan.sessions().filter(s -> s.anchor() == Anchor.LONG_RUN)
                    .map(StrengthSession::date).collect(Collectors.toCollection(TreeSet::new));
            violations.check(longRunSessionDates.equals(new TreeSet<>(longRuns)), c,
                    "LONG_RUN sessions on %s, long-run days of the block %s", longRunSessionDates, longRuns);
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("S2: on every long-run day a light session follows the heavy one, later the same day")
    void s2_lightLaterThatDay() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            for (LocalDate longRun : Expected.longRunDays(c.runner(), c.today())) {
                List<StrengthSession> sessions = plan.sessions().filter(s -> s.date().equals(longRun)).toList();
                violations.check(sessions.size() == 2
                                && sessions.get(0).kind() == SessionKind.HEAVY
                                && sessions.get(1).kind() == SessionKind.LIGHT
                                && sessions.get(1).anchor() == Anchor.LONG_RUN
                                && !sessions.get(1).conditional(), c,
                        "long run %s holds %s, expected heavy then light", longRun,
                        sessions.stream().map(s -> s.kind() + "/" + s.anchor()).toList());
            }
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("S3: a second double day on the speed day from block week 4, from the first speed day after week 3's long run; conditional, anchor SPEED")
    void s3_secondDoubleDay() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            LocalDate from = Expected.secondDayFrom(c.runner(), c.today());
            violations.check(from.equals(plan.block().secondDayFrom()), c, "secondDayFrom %s, expected %s",
                    plan.block().secondDayFrom(), from);
            violations.check(from.isAfter(plan.block().longRunOfWeek(3)) && !from.isAfter(plan.block().longRunOfWeek(4)),
                    c, "secondDayFrom %s is not in week 4", from);

            List<StrengthSession> speed = plan.sessions().filter(s -> s.anchor() == Anchor.SPEED).toList();
            List<LocalDate> expectedDates = Expected.secondDoubleDays(c.runner(), c.today());
            List<LocalDate> heavyDates = speed.stream().filter(s -> s.kind() == SessionKind.HEAVY)
                    .map(StrengthSession::date).toList();
            List<LocalDate> lightDates = speed.stream().filter(s -> s.kind() == SessionKind.LIGHT)
                    .map(StrengthSession::date).toList();
            violations.check(heavyDates.equals(expectedDates) && lightDates.equals(expectedDates), c,
                    "speed-day sessions heavy %s light %s, expected %s", heavyDates, lightDates, expectedDates);
            violations.check(expectedDates.size() == plan.weeks().size() - (Bounds.SECOND_DAY_FROM_WEEK - 1), c,
                    "%d second double days in %d weeks", expectedDates.size(), plan.weeks().size());
            for (StrengthSession session : speed) {
                violations.check(session.conditional() && session.week() >= Bounds.SECOND_DAY_FROM_WEEK
                                && session.date().getDayOfWeek() == c.runner().speedDay()
                                && !session.date().isBefore(from), c,
                        "speed session %s: week %d, conditional %s", Violations.id(session), session.week(),
                        session.conditional());
            }
            violations.check(plan.sessions().filter(s -> s.anchor() == Anchor.LONG_RUN)
                    .noneMatch(StrengthSession::conditional), c, "a conditional long-run session");
            violations.check(plan.weeks().stream().filter(w -> w.number() < Bounds.SECOND_DAY_FROM_WEEK)
                    .allMatch(w -> w.sessions().size() == 2), c, "weeks 1-3 hold more than the long-run double day");
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("S4: at most two double days in any 7 days, one double day (heavy + light) per date, none after race - 21 days")
    void s4_atMostTwoDoubleDaysAWeek() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            LocalDate lastLiftingDay = c.race().minusDays(21);
            Map<LocalDate, List<SessionKind>> byDate = new TreeMap<>();
            plan.sessions().forEach(s -> byDate.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s.kind()));
            for (Map.Entry<LocalDate, List<SessionKind>> date : byDate.entrySet()) {
                violations.check(date.getValue().equals(List.of(SessionKind.HEAVY, SessionKind.LIGHT)), c,
                        "%s holds %s, expected one double day", date.getKey(), date.getValue());
                violations.check(!date.getKey().isAfter(lastLiftingDay), c, "a double day on %s, after %s",
                        date.getKey(), lastLiftingDay);
            }
            // Three dates fit in a 7-day window exactly when the first and the third are at most 6 days apart.
            List<LocalDate> dates = new ArrayList<>(byDate.keySet());
            for (int i = 0; i + 2 < dates.size(); i++) {
                long span = dates.get(i + 2).toEpochDay() - dates.get(i).toEpochDay();
                violations.check(span >= 7, c, "three double days within 7 days: %s", dates.subList(i, i + 3));
            }
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("Plan shape: weeks numbered 1..n, sessions in date order (heavy before light), session ids unique within a plan")
    void weeksNumberedSessionsInOrderIdsUnique() {
        Violations violations = new Violations();
        PlanSpace.forEachPlan((c, plan) -> {
            List<Integer> numbers = plan.weeks().stream().map(BlockWeek::number).toList();
            List<Integer> expected = IntStream.rangeClosed(1, plan.weeks().size()).boxed().toList();
            violations.check(numbers.equals(expected), c, "week numbers %s", numbers);

            List<StrengthSession> sessions = plan.sessions().toList();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < sessions.size(); i++) {
                StrengthSession session = sessions.get(i);
                violations.check(ids.add(session.id()), c, "duplicate id %s", session.id());
                violations.check(session.id() != null && !session.id().isBlank(), c, "blank id");
                violations.check(session.id().equals(session.date() + "-" + session.kind().name().toLowerCase(Locale.ROOT)),
                        c, "id %s is not date-kind", session.id());
                if (i > 0) {
                    StrengthSession previous = sessions.get(i - 1);
                    boolean inOrder = previous.date().isBefore(session.date())
                            || previous.date().equals(session.date()) && previous.kind() == SessionKind.HEAVY
                            && session.kind() == SessionKind.LIGHT;
                    violations.check(inOrder, c, "%s before %s", Violations.id(previous), Violations.id(session));
                }
            }
            for (BlockWeek week : plan.weeks()) {
                violations.check(!week.sessions().isEmpty(), c, "week %d is empty", week.number());
            }
        });
        violations.assertNone();
    }

    private static List<StrengthSession> on(CrampPlan plan, LocalDate date, SessionKind kind) {
        return plan.sessions().filter(s -> s.date().equals(date) && s.kind() == kind).toList();
    }

    @Test
    @DisplayName("S3: in the api.md example, second double days run Wednesdays 2027-01-13 to 2027-03-24, all conditional")
    void s3_apiExample() {
        CrampPlan plan = CrampPlanner.plan(BlockDatesTest.runner(LocalDate.of(2027, 4, 18), DayOfWeek.SUNDAY,
                DayOfWeek.WEDNESDAY, 16), LocalDate.of(2026, 11, 21));
        List<LocalDate> speedDates = plan.sessions().filter(s -> s.anchor() == Anchor.SPEED)
                .filter(s -> s.kind() == SessionKind.HEAVY).map(StrengthSession::date).toList();
        assertThat(speedDates).hasSize(11).first().isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(speedDates).last().isEqualTo(LocalDate.of(2027, 3, 24));
        assertThat(plan.sessions().filter(s -> s.anchor() == Anchor.SPEED)).allMatch(StrengthSession::conditional);
    }
}
