package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file written with WRITE_DELAY=0, one commit at a time as runners store plans and logs,
 * grows without end by itself; with the compaction's passes in between it stays a fraction of
 * that, with every row intact after a reopen (run with Java assertions on, as every test here, so
 * H2's own consistency checks run too).
 */
class H2FileCompactionTest {

    private static final int COMMITS = 4_000;
    private static final String NOTE = "x".repeat(300);

    @Test
    void passes_between_commits_keep_the_file_a_fraction_of_its_size(@TempDir Path dir) throws Exception {
        long grown = writeCommits(dir.resolve("alone"), false);
        long kept = writeCommits(dir.resolve("compacted"), true);

        // here 3.5 MB against 7.7 MB; the app's seeded file was 22 times its data
        assertThat(kept).isLessThan(grown * 6 / 10);
        for (String name : new String[] {"alone", "compacted"}) {
            try (Connection reopened = h2(dir.resolve(name)).getConnection(); Statement sql = reopened.createStatement();
                    ResultSet rows = sql.executeQuery("select count(*), sum(rewritten), min(note) from log")) {
                rows.next();
                assertThat(rows.getInt(1)).as(name).isEqualTo(COMMITS);
                assertThat(rows.getLong(2)).as(name).isEqualTo(3L * (COMMITS - 1));
                assertThat(rows.getString(3)).as(name).isEqualTo(NOTE);
            }
        }
    }

    @Test
    void an_in_memory_database_has_no_file_to_compact() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:compaction-" + System.nanoTime());
        try (Connection open = dataSource.getConnection()) {
            assertThat(new H2FileCompaction(dataSource).compact()).isFalse();
        }
    }

    /**
     * Each commit stores a row, then three more commits rewrite older ones (a plan, then logs on
     * other plans);
     * returns the file's size once all are written and the database is closed.
     */
    private static long writeCommits(Path database, boolean compacting) throws SQLException, java.io.IOException {
        JdbcDataSource dataSource = h2(database);
        H2FileCompaction compaction = new H2FileCompaction(dataSource);
        try (Connection open = dataSource.getConnection()) {
            try (Statement sql = open.createStatement()) {
                // emptied chunks may be reused at once instead of after H2's 45 s
                sql.execute("SET RETENTION_TIME 0");
                sql.execute("create table log (id int primary key, note varchar(1000), rewritten int)");
            }
            try (PreparedStatement insert = open.prepareStatement("insert into log values (?, ?, 0)");
                    PreparedStatement update = open.prepareStatement("update log set rewritten = rewritten + 1 where id = ?")) {
                for (int id = 0; id < COMMITS; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, NOTE);
                    insert.executeUpdate();
                    for (int older = 1; older <= 3 && id > 0; older++) {
                        update.setInt(1, (id * 7919 * older) % id);
                        update.executeUpdate();
                    }
                    if (compacting && id % 100 == 0) {
                        compaction.compact();
                    }
                }
            }
            try (Statement sql = open.createStatement()) {
                sql.execute("CHECKPOINT");
            }
        }
        return Files.size(database.resolveSibling(database.getFileName() + ".mv.db"));
    }

    private static JdbcDataSource h2(Path database) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // closed when the last connection closes, with no time to compact then (MAX_COMPACT_TIME=0)
        dataSource.setURL("jdbc:h2:file:" + database + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        dataSource.setUser("sa");
        return dataSource;
    }
}
