package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.FixedClock;
import dev.crampproof.coach.AthleteReview;
import dev.crampproof.coach.CoachAccounts;
import dev.crampproof.coach.SignUpForm;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampTiming;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.Exercise;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.LongRunLog;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.plan.SessionLog;
import dev.crampproof.plan.StrengthSession;
import dev.crampproof.tracking.MovableClock;
import dev.crampproof.tracking.Tracking;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan pages read a plan in plain SQL ({@link PlanRows}), everything that changes it through
 * JPA: both must see the same plan. A plan with every kind of row (answer lists, logs with and
 * without cramps, long runs, comments of both authors, a coach's change, the check-in, a review)
 * is read both ways and compared field for field, and as the pages are shown it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MovableClock.class)
class PlanRowsTest {

    @Autowired
    MovableClock.Today today;
    @Autowired
    RunnerPlans runnerPlans;
    @Autowired
    PlanRows rows;
    @Autowired
    Plans plans;
    @Autowired
    Tracking tracking;
    @Autowired
    CoachAccounts coaches;
    @Autowired
    AthleteReview review;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void backToToday() {
        today.moveTo(FixedClock.TODAY);
    }

    @Test
    void a_plan_with_every_kind_of_row_reads_the_same_in_plain_sql_as_through_jpa() {
        String email = "rows-" + UUID.randomUUID() + "@example.org";
        SignUpForm form = new SignUpForm();
        form.setName("Rowena Coach");
        form.setEmail(email);
        form.setPassword("correct horse battery");
        coaches.signUp(form);
        String code = coaches.signedIn(email).inviteCode();
        RunnerPlans.Made made = (RunnerPlans.Made) runnerPlans.make(new PlanRequest("Ada Rows", "Valencia Marathon",
                LocalDate.of(2027, 4, 18), RaceDistance.MARATHON, new BigDecimal("52.25"), MileageUnit.KILOMETERS,
                DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY, Set.of(CrampMuscle.CALF, CrampMuscle.QUAD, CrampMuscle.OTHER),
                CrampFrequency.EVERY_RACE, new BigDecimal("33.5"), true, true, LiftingExperience.SOME, Equipment.GYM,
                Set.of(RaceCondition.HOT, RaceCondition.HILLY), 16, code), List.of());
        String token = made.token();
        String key = jdbc.queryForObject("select athlete_key from plan where token = ?", String.class, token);
        List<StrengthSession> sessions = made.plan().sessions().toList();
        StrengthSession first = sessions.get(0);
        StrengthSession second = sessions.get(1);
        LocalDate firstLongRun = made.plan().block().longRunOfWeek(1);

        today.moveTo(made.plan().block().longRunOfWeek(3).plusDays(1));
        tracking.logSession(token, first.id(),
                new SessionLog(LogStatus.DONE, 8, "Heavy but fine", CrampMuscle.CALF, CrampTiming.LATER), List.of());
        tracking.logSession(token, second.id(), new SessionLog(LogStatus.SKIPPED, null, null, null, null), List.of());
        tracking.logLongRun(token, new LongRunLog(firstLongRun, LogStatus.DONE, new BigDecimal("30.04"), true,
                new BigDecimal("27.35")), List.of());
        tracking.logLongRun(token, new LongRunLog(made.plan().block().longRunOfWeek(2), LogStatus.SKIPPED, null,
                false, null), List.of());
        tracking.checkIn(token, true);
        review.comment(email, key, null, null, "Strong start");
        review.comment(email, key, 2, null, "Easy week");
        review.comment(email, key, null, first.id(), "Film the first set");
        runnerPlans.comment(token, null, first.id(), "Will do");
        review.adjust(email, key, first.id(), 0, Exercise.GOBLET_SQUAT, 6, 4, 4);
        review.reviewed(email, key);
        today.moveTo(LocalDate.now(today).plusDays(1));
        tracking.logSession(token, sessions.get(2).id(), new SessionLog(LogStatus.DONE, 6, null, null, null), List.of());

        StoredPlan plain = rows.find(token).orElseThrow();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            StoredPlan managed = plans.findByToken(token).orElseThrow();
            assertThat(plain).usingRecursiveComparison()
                    .ignoringFields("checkIns") // not read for showing
                    .ignoringFieldsMatchingRegexes(".*\\.plan", ".*\\.id") // a part's own id and its way back
                    .isEqualTo(managed);
            LocalDate day = LocalDate.now(today);
            PlanView shown = PlanView.of(managed, day, "Rowena Coach");
            assertThat(runnerPlans.find(token)).contains(shown);
            assertThat(shown.logs().get(first.id()).note()).isEqualTo("Heavy but fine");
            assertThat(shown.crampLog()).hasSize(2);
            assertThat(shown.comments()).hasSize(4);
            assertThat(shown.adjusted()).containsExactly(first.id() + "#0");
            assertThat(plain.hasUnreadLogs()).isTrue();
            assertThat(plain.secondDayOn()).isTrue();
        });
    }

    @Test
    void a_plan_without_a_coach_logs_or_race_conditions_reads_the_same_both_ways() {
        RunnerPlans.Made made = (RunnerPlans.Made) runnerPlans.make(new PlanRequest("Bo Bare", null,
                LocalDate.of(2027, 2, 14), RaceDistance.MARATHON, new BigDecimal("30"), MileageUnit.MILES,
                DayOfWeek.SATURDAY, DayOfWeek.TUESDAY, Set.of(CrampMuscle.HAMSTRING), CrampFrequency.SOMETIMES,
                null, false, false, LiftingExperience.NONE, Equipment.BODYWEIGHT, Set.of(), 14, null), List.of());

        StoredPlan plain = rows.find(made.token()).orElseThrow();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            StoredPlan managed = plans.findByToken(made.token()).orElseThrow();
            assertThat(plain).usingRecursiveComparison().ignoringFields("checkIns")
                    .ignoringFieldsMatchingRegexes(".*\\.plan", ".*\\.id").isEqualTo(managed);
            assertThat(runnerPlans.find(made.token())).contains(PlanView.of(managed, FixedClock.TODAY, null));
        });
        assertThat(plain.runner().raceConditions()).isEmpty();
        assertThat(plain.coachId()).isNull();
    }

    @Test
    void an_unknown_token_finds_no_plan() {
        assertThat(rows.find("no-such-plan")).isEmpty();
        assertThat(runnerPlans.find("no-such-plan")).isEmpty();
    }
}
