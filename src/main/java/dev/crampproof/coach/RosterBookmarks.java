package dev.crampproof.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.sql.Date;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each page of a sorted roster begins: the sort key and id of its first athlete. A database
 * reaches page n of a query by walking past the n × 25 rows before it, and for a squad of 10,000
 * that walk was most of the roster's cost (about 2,500 index entries a page on average, 180 kB of
 * garbage; docs/performance.md, "Nineteenth round"). So the squad's order is walked once, the
 * start of every page kept, and a page is read from its start like the first one.
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
    private static final int PAGE = Roster.PAGE_SIZE;

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
     * A sorted roster: its sort key (a column of {@code plan p}), the rows ({@code from … where …})
     * with the where's arguments (the coach, the filters), and the order ({@code order by}'s list).
     */
    record Order(String key, String rows, String order, List<Object> arguments) {

        /**
         * The start of every page but the first, and the last athlete of each key a page begins
         * with, whose next athlete's key is the key after the start's, read off the sorted rows in
         * the database. The answer is those rows alone, not the whole squad in order: H2 keeps the
         * last answer of each statement a connection has prepared (QUERY_CACHE_SIZE), for every
         * connection, and a squad of 10,000 would stay in memory that way until the statement runs
         * again. A key's athletes hold a page's start if some place 25n + 1 lies between their
         * first and last place, as integer division by 25 tells. (Each athlete's last athlete of
         * the key read with LAST_VALUE over the key's athletes instead took H2 about 300 ms for a
         * squad of 10,000, against 30-150 ms for this.)
         */
        String starts() {
            String inOrder = " over (order by " + order + ")";
            return "select sort_key, id, place, next_key, next_id is null or next_key is distinct from sort_key as last"
                    + " from (select sort_key, id, place, next_key, next_id, min(place) over (partition by sort_key)"
                    + " as key_from from (select " + key + " as sort_key, p.id, row_number()" + inOrder + " as place, lead("
                    + key + ")" + inOrder + " as next_key, lead(p.id)" + inOrder + " as next_id" + rows
                    + ") ordered) grouped where mod(place, " + PAGE + ") = 1 and place > 1 or (next_id is null"
                    + " or next_key is distinct from sort_key) and (place - 1) / " + PAGE + " > (key_from - 2) / " + PAGE
                    + " order by place";
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
        Starts starts = kept.get(order, unread -> read(unread, athletes));
        if (starts.athletes() != athletes) { // someone joined or left since
            kept.invalidate(order);
            starts = kept.get(order, unread -> read(unread, athletes));
        }
        return page <= starts.pages().size() ? Optional.of(starts.pages().get(page - 1)) : Optional.empty();
    }

    /** With the count of the athletes the caller has just read, which it checks the next time. */
    private Starts read(Order order, long athletes) {
        List<Bookmark> pages = new ArrayList<>();
        int firstOfTheKey = 0; // the first page begun among athletes of the key read last
        for (Map<String, Object> row : jdbc.queryForList(order.starts(), order.arguments().toArray())) {
            long place = ((Number) row.get("place")).longValue();
            if (place > 1 && place % PAGE == 1) {
                pages.add(new Bookmark(local(row.get("sort_key")), ((Number) row.get("id")).longValue(), null));
            }
            if (Boolean.TRUE.equals(row.get("last"))) {
                Object laterKey = local(row.get("next_key"));
                for (int page = firstOfTheKey; page < pages.size(); page++) {
                    Bookmark start = pages.get(page);
                    pages.set(page, new Bookmark(start.key(), start.id(), laterKey));
                }
                firstOfTheKey = pages.size();
            }
        }
        return new Starts(athletes, List.copyOf(pages));
    }

    /** A date as the rest of the roster passes dates to the database. */
    private static Object local(Object key) {
        return key instanceof Date date ? date.toLocalDate() : key;
    }
}
