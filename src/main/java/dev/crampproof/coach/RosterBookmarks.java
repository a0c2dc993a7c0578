package dev.crampproof.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each page of a sorted roster begins: the sort key and id of its first athlete. A database
 * reaches page n of a query by walking past the n × 25 rows before it: for a squad of 10,000,
 * about 2,500 index entries a page on average. So the squad's order is walked once, the start of
 * every page kept, and a page is read from its start like the first one: side by side the roster
 * then took 0.60-0.74 ms of CPU a page instead of 0.98-1.00 (docs/performance.md, "Nineteenth
 * round").
 *
 * <p>The starts are kept {@code crampproof.roster.bookmarks-keep} (a few seconds) and read again
 * as soon as the squad's count differs from the one they were read with. Within those seconds an
 * athlete whose sort key changed (a log, a cramp, a review) may be shown a page early or late, on
 * two pages, or, with a key between a page's first key and the next one read, on none; each page
 * still shows its athletes as they are now. A page read by offset shifts in the same ways when
 * athletes change between two clicks. The first page needs no start and is always exact.
 */
@Component
class RosterBookmarks {

    /**
     * Starts kept at most, over all rosters: 400 for a sorted squad of 10,000, a few bytes each
     * (sort key and id), so a few hundred kilobytes of a 160 MB heap for every sort of such a squad.
     */
    private static final long MOST_KEPT = 20_000;

    /**
     * Where a page begins: the sort key and id of its first athlete, and the next sort key in the
     * order after that one (none after the last; going down by cramp, none before those without a
     * cramp). The page is the athletes of its key from that id on, then those from the next key on:
     * asked as "after the key", H2 would walk the athletes of the key before the page to skip them,
     * as its index ranges start at their first key inclusive.
     */
    record Bookmark(Object key, long id, Object laterKey) {
    }

    /**
     * Asked of every athlete of a walk: H2 keeps the last answer of each statement a connection has
     * prepared (QUERY_CACHE_SIZE), to give it again if nothing changed, unless the statement asks
     * something that may change between two runs, as random() does. The whole squad in order would
     * otherwise stay in memory for every connection that walked it, until it walks again: 10,000
     * rows each, promoted to the old generation. (Running the walk lazily instead, with SET
     * LAZY_QUERY_EXECUTION, made H2 clear every connection's prepared statements and kept answers,
     * as any SET does.)
     */
    private static final String KEEP_NO_COPY = " and random() >= 0";

    /**
     * A sorted roster: the statement that selects its athletes' ids ({@code id}) and sort keys
     * ({@code sort_key}) up to the end of its where, its order by, and the where's arguments (the
     * coach, the filters).
     */
    record Order(String rows, String order, List<Object> arguments) {

        /** The walk along the sort's index, in order. */
        String walk() {
            return rows + KEEP_NO_COPY + order;
        }
    }

    /** The starts of pages 1, 2, … of one order, and how many athletes it had when they were read. */
    private record Starts(long athletes, List<Bookmark> pages) {
    }

    private final JdbcTemplate jdbc;
    private final Cache<Order, Starts> kept;

    @Autowired
    RosterBookmarks(JdbcTemplate jdbc, @Value("${crampproof.roster.bookmarks-keep}") Duration keep) {
        this(jdbc, keep, Ticker.systemTicker());
    }

    /** With the ticker that says how long the starts have been kept (a test's own). */
    RosterBookmarks(JdbcTemplate jdbc, Duration keep, Ticker ticker) {
        this.jdbc = jdbc;
        this.kept = Caffeine.newBuilder().expireAfterWrite(keep).ticker(ticker).maximumWeight(MOST_KEPT)
                .weigher((Order order, Starts starts) -> starts.pages().size() + 1).build();
    }

    /**
     * Where page {@code page} (1 or more) of the order begins, or nothing past its last page. One
     * request reads the order at a time; others asking for it meanwhile wait for that read.
     */
    Optional<Bookmark> start(Order order, long athletes, int page) {
        Starts starts = kept.get(order, walk -> read(walk, athletes));
        if (starts.athletes() != athletes) { // someone joined or left since
            kept.invalidate(order);
            starts = kept.get(order, walk -> read(walk, athletes));
        }
        return page <= starts.pages().size() ? Optional.of(starts.pages().get(page - 1)) : Optional.empty();
    }

    /** One walk of the order (with the count of the athletes the caller has just read, checked next time). */
    private Starts read(Order order, long athletes) {
        return new Starts(athletes, jdbc.query(order.walk(), RosterBookmarks::starts, order.arguments().toArray()));
    }

    /** Every 25th athlete's key and id, each with the next key after its own, once it is read. */
    private static List<Bookmark> starts(ResultSet rows) throws SQLException {
        List<Bookmark> pages = new ArrayList<>();
        int firstOfTheKey = 0; // the first page begun among athletes of the key read last
        Object lastKey = null;
        for (long place = 0; rows.next(); place++) {
            Object key = local(rows.getObject("sort_key"));
            if (place > 0 && !Objects.equals(key, lastKey)) {
                for (int page = firstOfTheKey; page < pages.size(); page++) {
                    Bookmark start = pages.get(page);
                    pages.set(page, new Bookmark(start.key(), start.id(), key));
                }
                firstOfTheKey = pages.size();
            }
            if (place > 0 && place % Roster.PAGE_SIZE == 0) {
                pages.add(new Bookmark(key, rows.getLong("id"), null));
            }
            lastKey = key;
        }
        return List.copyOf(pages);
    }

    /** A date as the rest of the roster passes dates to the database. */
    private static Object local(Object key) {
        return key instanceof Date date ? date.toLocalDate() : key;
    }
}
