package dev.crampproof.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps an H2 file from growing without end. Each commit writes the pages it changed as a new
 * chunk of the file, and a chunk's space is reused only once none of its pages is live any more;
 * but every stored plan leaves some page live in the chunk of its commit. H2 rewrites the live
 * pages of sparse chunks in a background thread that runs only with a write delay, and the default
 * URL has {@code WRITE_DELAY=0} (a confirmed plan is on disk even if the JVM is killed,
 * docs/reliability.md): seeding 10,000 plans and 15,000 logs left a file of 1,249 MB for 56 MB of
 * data (docs/performance.md, "The H2 file grows"). So this does what that thread does: now and
 * then, when less than half of the chunks' bytes are live, it has H2 rewrite up to
 * {@value #STEP_BYTES} bytes of live pages out of the sparsest chunks ({@link MVStore#compact}).
 * The emptied chunks are freed once H2's retention time has passed, and new chunks reuse their
 * space. Chunks are not moved (the file does not shrink): moving them while the database is open
 * failed one of H2's own consistency assertions. Another database, an in-memory or a server H2:
 * nothing to do.
 */
@Component
class H2FileCompaction {

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

    /** Rewrite when less of the chunks' bytes than this (per cent) are live. */
    static final int LIVE_BELOW = 50;

    /** Live bytes rewritten a pass at most; writers wait for the store meanwhile (about 10–20 ms). */
    static final int STEP_BYTES = 2 * 1024 * 1024;

    private final DataSource dataSource;

    H2FileCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(fixedDelayString = "${crampproof.h2.compaction.every}",
            initialDelayString = "${crampproof.h2.compaction.every}")
    void compactNow() {
        try {
            compact();
        } catch (SQLException | RuntimeException e) {
            // a database outage, say: the next pass tries again
            log.warn("H2 file not compacted: {}", e.toString());
        }
    }

    /** One pass; true if it rewrote anything. */
    boolean compact() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                return false;
            }
            MVStore file = session.getDatabase().getStore().getMvStore();
            return file.getFileStore() != null && file.compact(LIVE_BELOW, STEP_BYTES);
        }
    }
}
