package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * An H2 file written with WRITE_DELAY=0, one commit a plan, keeps a chunk (and a record of it in
 * the heap) for nearly every commit by itself; with passes in between it keeps a fraction of them,
 * and every row is intact after a reopen (run with Java assertions on, as every test here, so H2's
 * own consistency checks run too).
 */
class H2SparseChunksTest {

    private static final int PLANS = 2_000;
    private static final String SESSIONS = "squat 5x5, deadlift 4x5, lunge 3x5; ".repeat(120);

    @TempDir
    Path dir;

    @Test
    void passes_between_commits_leave_a_fraction_of_the_chunks() throws Exception {
        int alone = storePlans(h2("alone"), false, 0);
        int rewritten = storePlans(h2("rewritten"), true, 0);

        // here 2,002 against 638: the passes stop once half of all chunks' bytes are live
        assertThat(rewritten).isLessThan(alone / 2);
        for (String name : new String[] {"alone", "rewritten"}) {
            try (Connection reopened = h2(name).getConnection(); Statement sql = reopened.createStatement();
                    ResultSet rows = sql.executeQuery(
                            "select count(*), count(distinct token), min(sessions), max(sessions) from plan")) {
                rows.next();
                assertThat(rows.getInt(1)).as(name).isEqualTo(PLANS);
                assertThat(rows.getInt(2)).as(name).isEqualTo(PLANS);
                assertThat(rows.getString(3)).as(name).isEqualTo(SESSIONS);
                assertThat(rows.getString(4)).as(name).isEqualTo(SESSIONS);
            }
        }
    }

    @Test
    void passes_with_no_write_between_commit_what_they_rewrite() throws Exception {
        int alone = storePlans(h2("alone"), false, 0);
        // 2,000 plans of some 4 KB: 8 MB of live pages, three passes' worth; a pass's emptied chunks
        // are dropped by the next commit, the next pass's
        int rewritten = storePlans(h2("rewritten"), false, 4);

        // here 2,002 against 4; uncommitted, the rewritten pages would wait in the heap
        assertThat(rewritten).isLessThan(alone / 10);
    }

    @Test
    void with_nothing_written_the_passes_come_to_an_end() throws Exception {
        JdbcDataSource idle = h2("idle");
        storePlans(idle, false, 0);
        H2SparseChunks sparseChunks = new H2SparseChunks(idle, DataSize.ofMegabytes(4));
        try (Connection open = idle.getConnection()) {
            int passes = 0;
            while (sparseChunks.rewrite()) {
                passes++;
                // a pass that always finds something to rewrite would write the file every second
                assertThat(passes).as("passes that rewrote").isLessThan(10);
            }
            // here 4 (the database was reopened: a pass's last chunks are dropped by the next)
            assertThat(passes).as("passes that rewrote").isPositive();
            assertThat(sparseChunks.rewrite()).isFalse();
        }
    }

    @Test
    void no_pass_while_the_file_is_only_read() throws Exception {
        // a small page cache, so that reading the plans reads the file
        JdbcDataSource read = h2("read", "WRITE_DELAY=0;CACHE_SIZE=64");
        storePlans(read, false, 0);
        H2SparseChunks sparseChunks = new H2SparseChunks(read, DataSize.ofMegabytes(1));
        try (Connection open = read.getConnection(); Statement sql = open.createStatement()) {
            assertThat(sparseChunks.rewrite()).as("the first pass").isTrue();
            try (ResultSet plans = sql.executeQuery("select sum(length(sessions)) from plan")) {
                plans.next();
                assertThat(plans.getLong(1)).isEqualTo((long) PLANS * SESSIONS.length());
            }
            assertThat(sparseChunks.rewrite()).as("a pass after reads alone").isFalse();
            // the reads are still since the last pass: passes wait for a commit, which adds chunks
            assertThat(sparseChunks.rewrite()).as("a pass after reads alone, a second later").isFalse();
            sql.executeUpdate("insert into plan (token, sessions) values (random_uuid(), 'rest day')");
            assertThat(sparseChunks.rewrite()).as("a pass after a write").isTrue();
        }
    }

    @Test
    void an_h2_with_a_write_delay_is_left_to_its_own_thread() throws Exception {
        storePlans(h2("delayed"), false, 0);
        JdbcDataSource delayed = h2("delayed", "WRITE_DELAY=500");
        try (Connection open = delayed.getConnection()) {
            assertThat(new H2SparseChunks(delayed, DataSize.ofMegabytes(1)).rewrite()).as("with a write delay").isFalse();
        }
        // the same chunks opened without it: there was something to rewrite
        JdbcDataSource undelayed = h2("delayed");
        try (Connection open = undelayed.getConnection()) {
            assertThat(new H2SparseChunks(undelayed, DataSize.ofMegabytes(1)).rewrite()).as("without").isTrue();
        }
    }

    @Test
    void an_in_memory_database_has_no_chunks() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:sparse-chunks-" + UUID.randomUUID());
        try (Connection open = memory.getConnection()) {
            assertThat(new H2SparseChunks(memory, DataSize.ofMegabytes(4)).rewrite()).isFalse();
        }
    }

    /**
     * Stores plans one commit each, as the form does (a random token, a few KB of sessions), with a
     * pass every 100 plans if asked, then as many passes as asked with no write between (as while
     * coaches only read); returns how many chunks the file has then.
     */
    private static int storePlans(JdbcDataSource dataSource, boolean passesBetween, int passesAfter) throws SQLException {
        H2SparseChunks sparseChunks = new H2SparseChunks(dataSource, DataSize.ofMegabytes(4));
        try (Connection open = dataSource.getConnection()) {
            try (Statement sql = open.createStatement()) {
                // a chunk may be rewritten at once instead of after H2's 45 s
                sql.execute("SET RETENTION_TIME 0");
                sql.execute("create table plan (id bigint generated by default as identity primary key, "
                        + "token uuid not null unique, sessions varchar(8000) not null)");
            }
            try (PreparedStatement insert = open.prepareStatement("insert into plan (token, sessions) values (?, ?)")) {
                for (int plan = 1; plan <= PLANS; plan++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, SESSIONS);
                    insert.executeUpdate();
                    if (passesBetween && plan % 100 == 0) {
                        sparseChunks.rewrite();
                    }
                }
            }
            for (int pass = 0; pass < passesAfter; pass++) {
                sparseChunks.rewrite();
            }
            try (Statement sql = open.createStatement();
                    ResultSet count = sql.executeQuery(
                            "select setting_value from information_schema.settings where setting_name = 'info.CHUNK_COUNT'")) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    private JdbcDataSource h2(String name) {
        return h2(name, "WRITE_DELAY=0");
    }

    private JdbcDataSource h2(String name, String settings) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // closed when the last connection closes, with no time to compact then (MAX_COMPACT_TIME=0)
        dataSource.setURL("jdbc:h2:file:" + dir.resolve(name) + ";" + settings + ";MAX_COMPACT_TIME=0");
        dataSource.setUser("sa");
        return dataSource;
    }
}
