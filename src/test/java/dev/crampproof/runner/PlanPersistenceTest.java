package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.CrampProofApplication;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.plan.Range;
import dev.crampproof.plan.StrengthSession;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan written by one run of the application is read back, field for field, by a fresh
 * application context on the same H2 file: what a runner sees after a restart.
 */
class PlanPersistenceTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_stored_plan_reads_back_identically_after_a_restart() {
        String url = databaseUrl();
        PlanRequest request = new PlanRequest("  Zoë Ørsted-Núñez  ", "Berlin Marathon", LocalDate.of(2027, 9, 26),
                RaceDistance.MARATHON, new BigDecimal("52.25"), MileageUnit.KILOMETERS, DayOfWeek.SATURDAY,
                DayOfWeek.TUESDAY, Set.of(CrampMuscle.CALF, CrampMuscle.QUAD, CrampMuscle.OTHER),
                CrampFrequency.EVERY_RACE, new BigDecimal("33.5"), true, true, LiftingExperience.NONE,
                Equipment.DUMBBELLS, Set.of(RaceCondition.HOT, RaceCondition.HILLY), 15, null);

        RunnerPlans.Made made;
        try (ConfigurableApplicationContext first = start(url)) {
            RunnerPlans.Outcome outcome = first.getBean(RunnerPlans.class).make(request, List.of());
            assertThat(outcome).isInstanceOf(RunnerPlans.Made.class);
            made = (RunnerPlans.Made) outcome;
        }

        try (ConfigurableApplicationContext second = start(url)) {
            CrampPlan reloaded = second.getBean(RunnerPlans.class).find(made.token()).orElseThrow().plan();
            assertThat(reloaded).isEqualTo(made.plan());
            assertThat(reloaded.runner().runnerName()).isEqualTo("Zoë Ørsted-Núñez");
            assertThat(reloaded.runner().weeklyMileage()).isEqualByComparingTo("52.3");
            assertThat(reloaded.sessions().count()).isEqualTo(made.plan().sessions().count()).isPositive();
            assertThat(second.getBean(Plans.class).count()).isEqualTo(1);
            assertThat(reloaded.runner().crampMuscles()).isEqualTo(request.crampMuscles());
            assertThat(reloaded.runner().raceConditions()).containsExactlyInAnyOrder(RaceCondition.HOT, RaceCondition.HILLY);
        }
    }

    /**
     * A session's exercises are one value in the session's row (StoredExercises): a coach's change
     * of one exercise must make Hibernate's dirty check see the session changed and write it, and
     * loading a plan must not make it see changes that are not there.
     */
    @Test
    void a_coach_adjustment_of_one_exercise_is_written_and_reads_back_after_a_restart() {
        String url = databaseUrl();
        PlanRequest request = new PlanRequest("Ada Adjusted", null, LocalDate.now().plusWeeks(20),
                RaceDistance.MARATHON, new BigDecimal("30"), MileageUnit.MILES, DayOfWeek.SUNDAY,
                DayOfWeek.WEDNESDAY, Set.of(CrampMuscle.CALF), CrampFrequency.SOMETIMES, null, false, false,
                LiftingExperience.SOME, Equipment.GYM, Set.of(), 16, null);
        String token;
        String key;
        Prescription changed;
        try (ConfigurableApplicationContext first = start(url)) {
            RunnerPlans.Made made = (RunnerPlans.Made) first.getBean(RunnerPlans.class).make(request, List.of());
            token = made.token();
            StrengthSession session = made.plan().sessions().toList().get(2);
            key = session.id();
            Prescription original = session.exercises().get(1);
            changed = new Prescription(original.exercise(), original.sets() == 3 ? 2 : 3,
                    new Range(original.reps().max(), original.reps().max()), original.load());
            EntityManager entityManager = first.getBean(EntityManager.class);
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(status -> {
                        StoredPlan stored = first.getBean(Plans.class).findByToken(made.token()).orElseThrow();
                        Session hibernate = entityManager.unwrap(Session.class);
                        assertThat(stored.toPlan()).isEqualTo(made.plan());
                        assertThat(hibernate.isDirty()).as("dirty after only reading").isFalse();
                        assertThat(stored.session(key).orElseThrow().adjust(1, changed)).isTrue();
                        assertThat(hibernate.isDirty()).as("dirty after a coach's change").isTrue();
                    });
        }

        try (ConfigurableApplicationContext second = start(url)) {
            PlanView view = second.getBean(RunnerPlans.class).find(token).orElseThrow();
            StrengthSession reloaded = view.plan().sessions().filter(session -> session.id().equals(key))
                    .findFirst().orElseThrow();
            assertThat(reloaded.exercises().get(1)).isEqualTo(changed);
            assertThat(view.adjusted()).containsExactly(key + "#1");
        }
    }

    /** An H2 file of its own; the PostgreSQL variant gives a fresh database instead. */
    String databaseUrl() {
        return "jdbc:h2:file:" + dataDirectory.resolve("crampproof").toAbsolutePath();
    }

    String databaseUser() {
        return "sa";
    }

    private ConfigurableApplicationContext start(String url) {
        // Runs on the real clock: the plan read back must equal the plan written, whatever today is.
        return new SpringApplicationBuilder(CrampProofApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + databaseUser(),
                        "--spring.datasource.password=", "--server.port=0", "--spring.main.banner-mode=off");
    }
}
