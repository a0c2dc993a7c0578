package dev.crampproof.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Has H2 gather the live pages of its sparse chunks into new ones while plans are written or while
 * nothing happens, so that the heap it spends on its file does not grow with every plan stored.
 * <p>
 * H2 writes each commit as a new chunk of its file and frees a chunk only once none of its pages is
 * live, and each stored plan leaves some live in the chunk of its commit: a chunk of some 60 KB, a
 * sixth of it live. H2 also keeps a record of every chunk in the heap (about 250 bytes with its bit
 * set and map entry): after seven 20-s rounds of the form (bench/rounds.sh), 74,597 records, some
 * 15–20 MB of the 80 MB old generation; the roster after bench/load.sh's form, whose rounds store
 * some 100,000 plans, had four and five full collections in 30 s (docs/performance.md, "Twentieth
 * round"). H2's own background thread rewrites sparse
 * chunks, but it runs only with a write delay, and the default URL has {@code WRITE_DELAY=0} so that
 * a confirmed plan is on disk even if the JVM is killed (docs/reliability.md). So this does that
 * thread's work: every so often, while less than {@value #LIVE_BELOW} % of all chunks' bytes are
 * live, it has H2 rewrite up to {@code step} of live pages out of the oldest, sparsest chunks
 * ({@link MVStore#compact}, which gives up if another thread holds the store), then commits them,
 * since no other commit may come. The emptied chunks are freed once H2's retention time (45 s) has
 * passed. Chunks are not moved, so the file does not shrink: moving them while the database is
 * open failed one of H2's own consistency assertions ("The H2 file grows").
 * <p>
 * Not while the database is only read: a pass reads the pages it rewrites into the heap, and H2
 * keeps more of its trees there for a while; passing every second after the form's rounds, the
 * roster's old generation filled twice as fast, with three full collections in 100 s instead of one
 * ("Twenty-first round"). So a pass runs when someone has committed since the last pass, or when
 * the file was neither written nor read since then (no one is waiting for anything). Once the file
 * has been read since the last pass, the next pass waits for a commit, the only thing that adds
 * chunks: comparing with the last second instead let passes in whenever the roster's reads found
 * their pages cached for a second, four times in two minutes of its rounds.
 * <p>
 * Only for an embedded H2 file written without a delay: another database, an in-memory H2 or an H2
 * with a write delay (whose own thread does this) is left alone.
 */
@Component
@EnableScheduling
class H2SparseChunks {

    private static final Logger log = LoggerFactory.getLogger(H2SparseChunks.class);

    /**
     * Per cent: rewrite while less of all chunks' bytes than this are live. A chunk a commit keeps
     * about a sixth of its bytes live; once rewritten, its pages sit in full chunks, so with nothing
     * written the passes come to an end. (With 90, as H2's own thread, they went on rewriting
     * full chunks.)
     */
    static final int LIVE_BELOW = 50;

    private final DataSource dataSource;
    private final int step;

    /** The store's version, and how often its file had been read, when the last pass ended; -1: none yet. */
    private long versionAfterPass = -1;
    private long readsAfterPass = -1;

    H2SparseChunks(DataSource dataSource, @Value("${crampproof.h2.sparse-chunks.step}") DataSize step) {
        this.dataSource = dataSource;
        this.step = Math.toIntExact(step.toBytes());
    }

    @Scheduled(fixedDelayString = "${crampproof.h2.sparse-chunks.every}",
            initialDelayString = "${crampproof.h2.sparse-chunks.every}")
    void rewriteNow() {
        try {
            rewrite();
        } catch (SQLException | RuntimeException e) {
            // a database outage, say: the next pass tries again
            log.warn("H2's sparse chunks not rewritten: {}", e.toString());
        }
    }

    /** One pass; true if H2 rewrote pages. */
    synchronized boolean rewrite() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                return false;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            FileStore<?> file = store.getFileStore();
            if (file == null || file.getAutoCommitDelay() > 0 || onlyRead(store, file)) {
                return false;
            }
            boolean rewritten = store.compact(LIVE_BELOW, step);
            if (rewritten) {
                // the rewritten pages are written by this commit, or by the one that holds the store now
                store.tryCommit();
                logChunks(file);
            }
            versionAfterPass = store.getCurrentVersion();
            readsAfterPass = file.getReadCount();
            return rewritten;
        }
    }

    /** Whether the file has only been read since the last pass: readers would pay for a pass. */
    private boolean onlyRead(MVStore store, FileStore<?> file) {
        return store.getCurrentVersion() == versionAfterPass && file.getReadCount() != readsAfterPass;
    }

    private static void logChunks(FileStore<?> file) {
        if (log.isDebugEnabled()) {
            StringBuilder info = new StringBuilder();
            file.populateInfo((name, value) -> {
                if (name.endsWith("CHUNK_COUNT") || name.endsWith("CHUNKS_FILL_RATE") || name.endsWith("FILE_SIZE")) {
                    info.append(' ').append(name).append('=').append(value);
                }
            });
            log.debug("rewritten:{}", info);
        }
    }
}
