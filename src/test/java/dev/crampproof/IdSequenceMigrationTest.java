package dev.crampproof;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * V6 moves ids from identity columns to sequences on a database that already has rows: on H2 and
 * PostgreSQL alike, every row keeps its id, the first block of ids Hibernate takes from each
 * sequence lies above them, and an INSERT without an id takes its id from the sequence.
 */
@ExtendWith(PostgresDatabase.Available.class)
class IdSequenceMigrationTest {

    /** Table → the id of the row put there before V6 (high and uneven: not what a sequence would give). */
    private static final Map<String, Long> TAKEN = Map.of("coach", 1234L, "plan", 2345L, "strength_session", 3456L,
            "prescribed_exercise", 4567L, "check_in", 5678L, "long_run_log", 6789L, "comment", 7890L);

    /** Sequences go up by this much a call (system.IdBlock.SIZE; Hibernate checks the two agree). */
    private static final long BLOCK = 500;

    @Test
    void on_h2_rows_keep_their_ids_and_new_ids_start_above_them() throws Exception {
        check("jdbc:h2:mem:ids-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa");
    }

    @Test
    void on_postgresql_rows_keep_their_ids_and_new_ids_start_above_them() throws Exception {
        check(PostgresDatabase.fresh(), PostgresDatabase.user());
    }

    private static void check(String url, String user) throws SQLException {
        flyway(url, user).target("5").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement sql = connection.createStatement()) {
            seed(sql);
            // up to V7: V8 moves the exercises into their sessions' rows (ExercisesInSessionRowMigrationTest)
            flyway(url, user).target("7").load().migrate();

            for (Map.Entry<String, Long> table : TAKEN.entrySet()) {
                String name = table.getKey();
                assertThat(single(sql, "select id from " + name)).as("id in %s", name).isEqualTo(table.getValue());
                // pooled takes the block below the value it reads, pooled-lo the block from it: both clear
                long next = single(sql, "select nextval('" + name + "_seq')");
                assertThat(next - BLOCK + 1).as("first id of %s's next block", name).isGreaterThan(table.getValue());
                assertThat(defaultOfId(connection, name)).as("default of %s.id", name).contains(name + "_seq");
            }
            sql.execute("insert into coach (name, email, password_hash, invite_code, created_at)"
                    + " values ('New', 'new@example.org', 'x', 'NEWCODE2', timestamp '2026-11-21 10:00:00')");
            assertThat(single(sql, "select id from coach where invite_code = 'NEWCODE2'")).isGreaterThan(1234L);
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user) {
        return Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration");
    }

    /** One row in each table Hibernate writes, as the app before V6 stored them. */
    private static void seed(Statement sql) throws SQLException {
        sql.execute("insert into coach (id, name, email, password_hash, invite_code, created_at)"
                + " values (1234, 'Coach', 'coach@example.org', 'x', 'OLDCODE2', timestamp '2026-11-21 09:00:00')");
        sql.execute("insert into plan (id, token, runner_name, race_date, race_distance, weekly_mileage, mileage_unit,"
                + " long_run_day, speed_day, cramp_frequency, cramps_in_training, fluids_already_changed,"
                + " lifting_experience, equipment, preferred_start_weeks, created_on, compressed, long_run_days,"
                + " full_long_run_days, version, coach_id) values (2345, 'token', 'Runner', date '2027-04-18',"
                + " 'MARATHON', 30, 'MILES', 'SUNDAY', 'WEDNESDAY', 'SOMETIMES', false, false, 'SOME', 'GYM', 16,"
                + " date '2026-11-21', false, 13, 14, 0, 1234)");
        sql.execute("insert into strength_session (id, plan_id, session_key, week_number, session_date, kind, anchor,"
                + " conditional, form_cue) values (3456, 2345, '2026-12-27-heavy', 1, date '2026-12-27', 'HEAVY',"
                + " 'LONG_RUN', false, 'HINGE')");
        sql.execute("insert into prescribed_exercise (id, session_id, position, exercise, sets, reps_min, reps_max,"
                + " load_guide) values (4567, 3456, 0, 'TRAP_BAR_DEADLIFT', 3, 5, 5, 'HEAVY')");
        sql.execute("insert into check_in (id, plan_id, answered_on, went_well)"
                + " values (5678, 2345, date '2027-01-10', true)");
        sql.execute("insert into long_run_log (id, plan_id, run_date, status, cramped, logged_on)"
                + " values (6789, 2345, date '2026-12-27', 'DONE', false, date '2026-12-27')");
        sql.execute("insert into comment (id, plan_id, author, body, written_at)"
                + " values (7890, 2345, 'COACH', 'Nice', timestamp '2026-12-28 08:00:00')");
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            assertThat(row.next()).as(query).isTrue();
            return row.getLong(1);
        }
    }

    private static String defaultOfId(Connection connection, String table) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, null, null)) {
            while (columns.next()) {
                if (columns.getString("TABLE_NAME").equalsIgnoreCase(table)
                        && columns.getString("COLUMN_NAME").equalsIgnoreCase("id")) {
                    return String.valueOf(columns.getString("COLUMN_DEF")).toLowerCase(Locale.ROOT);
                }
            }
        }
        return "";
    }
}
