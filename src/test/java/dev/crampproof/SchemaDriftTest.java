package dev.crampproof;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One set of migrations, two databases, no drift: H2 and PostgreSQL end with the same tables and columns. */
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
        assertThat(onH2).containsKeys("plan", "strength_session", "prescribed_exercise", "coach", "comment");
        assertThat(onPostgres).isEqualTo(onH2);
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
