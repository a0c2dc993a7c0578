package dev.crampproof;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One set of migrations, two databases, no drift: H2 and PostgreSQL end with the same tables and
 * columns, and the same id sequences going up by the same step.
 */
@ExtendWith(PostgresDatabase.Available.class)
class SchemaDriftTest {

    @Test
    void h2_and_postgresql_have_the_same_tables_and_columns_after_the_migrations() throws Exception {
        String h2 = "jdbc:h2:mem:drift-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        String postgres = PostgresDatabase.fresh();
        migrate(h2, "sa");
        migrate(postgres, PostgresDatabase.user());

        TreeMap<String, TreeSet<String>> onH2 = columns(h2, "sa", "PUBLIC");
        TreeMap<String, TreeSet<String>> onPostgres = columns(postgres, PostgresDatabase.user(), "public");
        assertThat(onH2).containsKeys("plan", "strength_session", "coach", "comment")
                .doesNotContainKey("prescribed_exercise"); // V8: a session's exercises are in its own row
        assertThat(onH2.get("strength_session")).contains("exercises");
        assertThat(onPostgres).isEqualTo(onH2);
        assertThat(sequences(postgres, PostgresDatabase.user(), "public"))
                .containsEntry("strength_session_seq", "500").isEqualTo(sequences(h2, "sa", "PUBLIC"));
    }

    /** Sequence name → its increment, lower-cased (identity columns' own sequences are not listed). */
    private static TreeMap<String, String> sequences(String url, String user, String schema) throws Exception {
        TreeMap<String, String> sequences = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                PreparedStatement query = connection.prepareStatement(
                        "select sequence_name, increment from information_schema.sequences where sequence_schema = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sequences.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2));
                }
            }
        }
        return sequences;
    }

    private static void migrate(String url, String user) {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
    }

    /** Table → column names, lower-cased, without Flyway's own history table. */
    private static TreeMap<String, TreeSet<String>> columns(String url, String user, String schema) throws Exception {
        TreeMap<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(null, schema, "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!table.equals("flyway_schema_history")) {
                        tables.computeIfAbsent(table, t -> new TreeSet<>())
                                .add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }
}
