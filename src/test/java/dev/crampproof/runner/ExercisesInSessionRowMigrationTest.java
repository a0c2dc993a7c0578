package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crampproof.CrampProofApplication;
import dev.crampproof.PostgresDatabase;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.CrampPlanner;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.plan.Range;
import dev.crampproof.plan.RunnerProfile;
import dev.crampproof.plan.StrengthSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * V8 moves every session's exercises from their rows in prescribed_exercise into the session's
 * own row, on H2 and PostgreSQL alike: a whole plan written the way the app before V8 stored it
 * (rows inserted out of order, two exercises changed by a coach, one of them with other sets and
 * reps) reads back after the upgrade as the same plan, with the same exercises marked as changed,
 * and the old table and its sequence are gone; a session stays unique by plan, day and kind. The
 * upgrade is the app's own start-up (Flyway).
 */
@ExtendWith(PostgresDatabase.Available.class)
class ExercisesInSessionRowMigrationTest {

    private static final LocalDate MADE_ON = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dataDirectory;

    @Test
    void on_h2_a_plan_stored_before_v8_reads_back_unchanged_after_it() throws Exception {
        check("jdbc:h2:file:" + dataDirectory.resolve("v7").toAbsolutePath(), "sa");
    }

    @Test
    void on_postgresql_a_plan_stored_before_v8_reads_back_unchanged_after_it() throws Exception {
        check(PostgresDatabase.fresh(), PostgresDatabase.user());
    }

    private static void check(String url, String user) throws Exception {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").target("7").load().migrate();
        CrampPlan plan = CrampPlanner.plan(RunnerProfile.from(new PlanRequest("Vera Seven", "Old Town Marathon",
                LocalDate.of(2027, 4, 18), RaceDistance.MARATHON, new BigDecimal("30.0"), MileageUnit.MILES,
                DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY, Set.of(CrampMuscle.CALF, CrampMuscle.HAMSTRING),
                CrampFrequency.SOMETIMES, null, false, false, LiftingExperience.SOME, Equipment.GYM,
                Set.of(RaceCondition.HOT), 16, null)), MADE_ON);
        List<StrengthSession> sessions = plan.sessions().toList();
        StrengthSession firstHeavy = sessions.get(0);
        Prescription original = firstHeavy.exercises().get(0);
        Prescription changed = new Prescription(original.exercise(), 6, new Range(4, 4), original.load());
        String lastKey = sessions.get(sessions.size() - 1).id();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            storeAsBeforeV8(connection, plan, changed, lastKey);
        }

        List<StrengthSession> expected = new ArrayList<>(sessions);
        expected.set(0, withFirst(firstHeavy, changed));
        try (ConfigurableApplicationContext app = start(url, user)) {
            PlanView view = app.getBean(RunnerPlans.class).find("v7-token").orElseThrow();
            assertThat(view.plan().sessions().toList()).isEqualTo(expected);
            assertThat(view.plan().runner()).isEqualTo(plan.runner());
            assertThat(view.adjusted()).containsExactlyInAnyOrder(firstHeavy.id() + "#0", lastKey + "#1");
        }
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            assertThat(single(connection, "select exercises from strength_session where session_key = ?",
                    firstHeavy.id())).startsWith(original.exercise().name() + " 6 4 4 " + original.load().name() + " coach;");
            assertThat(single(connection, "select count(*) from strength_session where exercises = ''", null))
                    .isEqualTo("0");
            assertThat(connection.getMetaData().getTables(null, null, "%", null)).satisfies(tables -> {
                while (tables.next()) {
                    assertThat(tables.getString("TABLE_NAME")).isNotEqualToIgnoringCase("prescribed_exercise");
                }
            });
            // one session per plan, day and kind (the session's key), as unique (plan_id, session_key) said
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("insert into strength_session"
                    + " (plan_id, session_key, week_number, session_date, kind, anchor, conditional, form_cue,"
                    + " exercises) select plan_id, 'copy', week_number, session_date, kind, anchor, conditional,"
                    + " form_cue, exercises from strength_session where session_key = '" + firstHeavy.id() + "'"))
                    .isInstanceOf(SQLException.class);
            try (ResultSet sequences = connection.createStatement().executeQuery(
                    "select sequence_name from information_schema.sequences")) {
                while (sequences.next()) {
                    assertThat(sequences.getString(1)).isNotEqualToIgnoringCase("prescribed_exercise_seq");
                }
            }
        }
    }

    private static StrengthSession withFirst(StrengthSession session, Prescription first) {
        List<Prescription> exercises = new ArrayList<>(session.exercises());
        exercises.set(0, first);
        return new StrengthSession(session.date(), session.week(), session.kind(), session.anchor(),
                session.conditional(), session.rest(), session.formCue(), exercises);
    }

    /**
     * The plan in V7's tables, as the app before V8 wrote it; the first session's first exercise
     * as a coach changed it, the last session's second marked changed as well. Each session's
     * exercise rows go in last position first, so only their position gives the order.
     */
    private static void storeAsBeforeV8(Connection connection, CrampPlan plan, Prescription changed, String lastKey)
            throws SQLException {
        RunnerProfile runner = plan.runner();
        try (PreparedStatement insert = connection.prepareStatement("insert into plan (id, token, runner_name,"
                + " race_name, race_date, race_distance, weekly_mileage, mileage_unit, long_run_day, speed_day,"
                + " cramp_frequency, cramps_in_training, fluids_already_changed, lifting_experience, equipment,"
                + " preferred_start_weeks, created_on, block_start, block_end, second_day_from, compressed,"
                + " long_run_days, full_long_run_days, version, roster_name, roster_phase, roster_completion_on)"
                + " values (2345, 'v7-token', ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 0, 'vera seven', ?, ?)")) {
            int i = 0;
            insert.setString(++i, runner.runnerName());
            insert.setString(++i, runner.raceName());
            insert.setDate(++i, Date.valueOf(runner.raceDate()));
            insert.setString(++i, runner.raceDistance().name());
            insert.setBigDecimal(++i, runner.weeklyMileage());
            insert.setString(++i, runner.mileageUnit().name());
            insert.setString(++i, runner.longRunDay().name());
            insert.setString(++i, runner.speedDay().name());
            insert.setString(++i, runner.crampFrequency().name());
            insert.setString(++i, runner.liftingExperience().name());
            insert.setString(++i, runner.equipment().name());
            insert.setInt(++i, runner.preferredStartWeeks());
            insert.setDate(++i, Date.valueOf(plan.createdOn()));
            insert.setDate(++i, Date.valueOf(plan.block().start()));
            insert.setDate(++i, Date.valueOf(plan.block().end()));
            insert.setDate(++i, Date.valueOf(plan.block().secondDayFrom()));
            insert.setBoolean(++i, plan.block().compressed());
            insert.setInt(++i, plan.block().longRunDays());
            insert.setInt(++i, plan.block().fullLongRunDays());
            insert.setDate(++i, Date.valueOf(plan.block().start()));
            insert.setDate(++i, Date.valueOf(plan.createdOn()));
            insert.executeUpdate();
        }
        for (CrampMuscle muscle : runner.crampMuscles()) {
            connection.createStatement().executeUpdate(
                    "insert into plan_cramp_muscle (plan_id, muscle) values (2345, '" + muscle + "')");
        }
        for (RaceCondition condition : runner.raceConditions()) {
            connection.createStatement().executeUpdate(
                    "insert into plan_race_condition (plan_id, race_condition) values (2345, '" + condition + "')");
        }
        long sessionId = 3000;
        long exerciseId = 5000;
        try (PreparedStatement session = connection.prepareStatement("insert into strength_session (id, plan_id,"
                + " session_key, week_number, session_date, kind, anchor, conditional, rest_min, rest_max, form_cue)"
                + " values (?, 2345, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement exercise = connection.prepareStatement("insert into prescribed_exercise (id,"
                        + " session_id, position, exercise, sets, reps_min, reps_max, load_guide, adjusted_by_coach)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean first = true;
            for (StrengthSession stored : plan.sessions().toList()) {
                sessionId++;
                int i = 0;
                session.setLong(++i, sessionId);
                session.setString(++i, stored.id());
                session.setInt(++i, stored.week());
                session.setDate(++i, Date.valueOf(stored.date()));
                session.setString(++i, stored.kind().name());
                session.setString(++i, stored.anchor().name());
                session.setBoolean(++i, stored.conditional());
                session.setObject(++i, stored.rest() == null ? null : stored.rest().min(), java.sql.Types.INTEGER);
                session.setObject(++i, stored.rest() == null ? null : stored.rest().max(), java.sql.Types.INTEGER);
                session.setString(++i, stored.formCue().name());
                session.executeUpdate();
                for (int position = stored.exercises().size() - 1; position >= 0; position--) {
                    boolean changedHere = first && position == 0;
                    Prescription prescription = changedHere ? changed : stored.exercises().get(position);
                    int j = 0;
                    exercise.setLong(++j, ++exerciseId);
                    exercise.setLong(++j, sessionId);
                    exercise.setInt(++j, position);
                    exercise.setString(++j, prescription.exercise().name());
                    exercise.setInt(++j, prescription.sets());
                    exercise.setInt(++j, prescription.reps().min());
                    exercise.setInt(++j, prescription.reps().max());
                    exercise.setString(++j, prescription.load().name());
                    exercise.setBoolean(++j, changedHere || stored.id().equals(lastKey) && position == 1);
                    exercise.executeUpdate();
                }
                first = false;
            }
        }
    }

    private static String single(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as(query).isTrue();
                return row.getString(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(String url, String user) {
        return new SpringApplicationBuilder(CrampProofApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=", "--server.port=0", "--spring.main.banner-mode=off");
    }
}
