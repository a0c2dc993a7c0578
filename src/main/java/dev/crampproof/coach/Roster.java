package dev.crampproof.coach;

import dev.crampproof.coach.RosterBookmarks.Bookmark;
import dev.crampproof.coach.RosterBookmarks.Order;
import dev.crampproof.plan.Progress;
import dev.crampproof.runner.RecentCompletion;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * A coach's athletes, one page at a time: filtered, sorted and paged by the database (one
 * query for the page, one for the count), whatever the size of the squad. A page after the first
 * is read from where it begins, which RosterBookmarks keeps.
 */
@Component
public class Roster {

    public static final int PAGE_SIZE = 25;
    /** "Recent" for completion and cramps: the last four weeks, as completion is counted. */
    public static final int RECENT_DAYS = RecentCompletion.DAYS;
    /** Weeks in the completion sparkline, oldest first, the last ending today. */
    public static final int SPARKLINE_WEEKS = 6;
    /** Days before today that the recent counts look back: the completion's or the sparkline's, the longer. */
    private static final long RECENT_WINDOW_DAYS = Math.max(RECENT_DAYS, 7L * SPARKLINE_WEEKS - 1);

    /** The one sort column that may be empty: no cramp yet. */
    private static final String CRAMP = "p.last_cramp_on";
    /**
     * Columns a coach can sort by, and the plan column each sorts on; nothing else reaches the
     * query. Each has an index (coach_id, column, id) (V7), which serves both directions: a page
     * is read off it, 25 entries from where the page begins (RosterBookmarks), instead of sorting
     * the coach's whole squad.
     */
    static final Map<String, String> SORTS = Map.of(
            "name", "p.roster_name",
            "race", "p.race_date",
            "weeks", "p.race_date",
            "phase", "p.roster_phase",
            "completion", "p.roster_completion",
            "cramp", CRAMP,
            "secondDay", "p.roster_second_day",
            "unread", "p.roster_unread");

    /**
     * Done and planned sessions per plan and day between two dates, for the plans listed as rows
     * ({@link #pageRows}). Joined to those rows rather than asked with {@code plan_id in (…)}: H2
     * reads an in-list off the sessions' (plan, date) index by plan only and then every session of
     * each plan, its exercises text too (1,151 rows for a page of 25), where a join looks up each
     * plan's dates between the two (515 rows mid-block, 25 before the blocks start; EXPLAIN
     * ANALYZE in docs/performance.md, "Ninth round").
     */
    private static final String COUNTS = "select s.plan_id, s.session_date, " + RecentCompletion.DONE + " as done, "
            + RecentCompletion.PLANNED + " as planned from (values " + pageRows() + ") as page(id), "
            + RecentCompletion.SESSIONS
            + " where s.plan_id = page.id and s.session_date between ? and ? group by s.plan_id, s.session_date";
    /** No coach has this id (ids start at 1). */
    private static final long NO_COACH = 0;
    /** A place in the page's table of ids that no athlete fills: it matches no session. */
    private static final SqlParameterValue NO_ATHLETE = new SqlParameterValue(Types.BIGINT, null);

    private final JdbcTemplate jdbc;
    private final RecentCompletion completion;
    private final RosterBookmarks bookmarks;
    /** How long a sort by completion waits for the squad's count of the day before it counts itself. */
    private final Duration countPatience;

    Roster(JdbcTemplate jdbc, RecentCompletion completion, RosterBookmarks bookmarks,
            @Value("${crampproof.roster.count-patience}") Duration countPatience) {
        this.jdbc = jdbc;
        this.completion = completion;
        this.bookmarks = bookmarks;
        this.countPatience = countPatience;
    }

    /** What the coach asked to see. */
    public record Query(String name, boolean crampedRecently, String sort, boolean descending, int page) {

        public Query {
            sort = SORTS.containsKey(sort) ? sort : "name";
            page = Math.max(page, 0);
            name = name == null ? "" : name.strip();
        }
    }

    /** One athlete's row. */
    public record Athlete(String key, String name, String raceName, String raceDistance, LocalDate raceDate,
            LocalDate blockStart, LocalDate blockEnd, Boolean secondDayOn, LocalDate lastCrampOn, boolean unread,
            int done, int planned, List<Integer> weeklyCompletion) {

        public long weeksToRace(LocalDate today) {
            return Math.max(0, ChronoUnit.WEEKS.between(today, raceDate));
        }

        public Phase phase(LocalDate today) {
            return Phase.of(today, blockStart, blockEnd, raceDate);
        }

        /** Whole percent of the last four weeks' planned sessions done, or -1 with none planned. */
        public int completion() {
            return percent(done, planned);
        }

        public Completion completionCell() {
            return new Completion(completion(), weeklyCompletion);
        }

        public Standing standing(LocalDate today) {
            return new Standing(raceName, raceDate, weeksToRace(today), phase(today));
        }

        public Status status() {
            return new Status(lastCrampOn, secondDayOn, unread);
        }
    }

    /**
     * A row's race, weeks to go and phase on a date: the same for everyone of a group racing the
     * same race (fragments/roster-row.html, system.SharedFragments).
     */
    public record Standing(String raceName, LocalDate raceDate, long weeksToRace, Phase phase) {
    }

    /** A row's last cramp, second day and new-logs marker, shared in the same way. */
    public record Status(LocalDate lastCrampOn, Boolean secondDayOn, boolean unread) {
    }

    /**
     * The completion column of a row: the percent and the sparkline of the last weeks, the same
     * for many athletes (everyone before their block, for a start), so rendered once for all of
     * them (fragments/completion.html, system.SharedFragments).
     */
    public record Completion(int percent, List<Integer> weekly) {
    }

    /** As the plan's progress counts it, but -1 (shown as "none") when nothing was planned. */
    static int percent(int done, int planned) {
        return planned == 0 ? -1 : Progress.percent(done, planned);
    }

    public record Page(List<Athlete> athletes, long total, int number, int pages) {
    }

    /**
     * Not one transaction: the first sort by completion of a day may wait for the squad's count
     * (RecentCompletion), and it must not hold a database connection meanwhile. Each read is one
     * statement.
     */
    public Page page(long coachId, Query query, LocalDate today) {
        StringBuilder where = new StringBuilder(" where p.coach_id = ?");
        List<Object> filters = new ArrayList<>(List.of(coachId));
        if (!query.name().isEmpty()) {
            where.append(" and p.roster_name like ?");
            filters.add("%" + query.name().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (query.crampedRecently()) {
            where.append(" and p.last_cramp_on >= ?");
            filters.add(today.minusDays(RECENT_DAYS));
        }
        Count count = count(where.toString(), filters, query, today);
        if (count.stale() > 0 && completion.countStale(coachId, today, countPatience)) {
            count = count(where.toString(), filters, query, today); // athletes who joined meanwhile
        }

        // The page's ids come off the sort's index alone, which holds coach, sort key and id, so
        // no row is read for them; then its 25 rows are joined. Asked for whole rows straight away,
        // H2 prefers the narrower coach_id index of the foreign key and sorts the whole squad.
        // If the squad's count took too long (or failed), this page ranks by counting now, as the
        // stored count would, which reads every athlete's recent sessions anyway; the rows before
        // the page are then skipped by offset.
        boolean countingNow = count.stale() > 0;
        String key = countingNow ? "coalesce(c.completion, -1)" : SORTS.get(query.sort());
        List<Range> ranges = List.of(Range.ALL);
        String from = " from plan p";
        List<Object> ranked = new ArrayList<>();
        String skip = ""; // rows before the page, by offset
        List<Object> skipped = List.of();
        if (countingNow) {
            from += " left join (" + RecentCompletion.BY_PLAN + ") c on c.plan_id = p.id";
            ranked.addAll(List.of(coachId, today.minusDays(RECENT_DAYS), today));
            skip = " offset ?";
            skipped = List.of((long) query.page() * PAGE_SIZE);
        }
        // A page's ids, and a walk's, in the sort's order off its index (see order below).
        String selectIds = "select p.id, " + key + " as sort_key" + from;
        String indexOrder = " order by p.coach_id" + direction(query) + ", " + order(key, "p.id", query);
        if (!countingNow && query.page() > 0) {
            // Later pages from where they begin (RosterBookmarks): at most 25 index entries of each
            // range (two; three going down by cramp), whatever the page.
            Order order = new Order(selectIds + where, indexOrder, filters);
            ranges = bookmarks.start(order, count.athletes(), query.page())
                    .map(start -> Range.from(start, key, query)).orElse(List.of());
        }
        List<Long> ids = new ArrayList<>();
        List<Athlete> unscored = new ArrayList<>();
        if (!ranges.isEmpty()) {
            List<String> parts = new ArrayList<>();
            List<Object> arguments = new ArrayList<>();
            for (Range range : ranges) {
                parts.add(selectIds + where + range.condition() + indexOrder + " limit ?" + skip);
                arguments.addAll(ranked);
                arguments.addAll(range.anyone() ? filters : noOnes(filters));
                arguments.addAll(range.arguments());
                arguments.add(PAGE_SIZE);
                arguments.addAll(skipped);
            }
            // Two or three ranges (a page's start among ties, then the keys after it) come as their
            // union, of which the first 25 in order are the page's ids, before any row is joined to
            // them: joined first, H2 read up to 75 athletes' whole rows to show 25.
            String pageIds = parts.size() == 1 ? parts.get(0)
                    : "select id, sort_key from ((" + String.join(") union all (", parts) + ")) ranges order by "
                            + order("sort_key", "id", query) + " limit " + PAGE_SIZE;
            String sql = "select a.id, a.athlete_key, a.runner_name, a.race_name, a.race_distance, a.race_date,"
                    + " a.block_start, a.block_end, a.second_day_on, a.last_cramp_on, a.roster_unread from ("
                    + pageIds + ") page join plan a on a.id = page.id order by "
                    + order("page.sort_key", "page.id", query);
            unscored = jdbc.query(sql, (row, number) -> {
                ids.add(row.getLong("id"));
                return new Athlete(row.getString("athlete_key"), row.getString("runner_name"),
                        row.getString("race_name"), row.getString("race_distance"),
                        row.getObject("race_date", LocalDate.class), row.getObject("block_start", LocalDate.class),
                        row.getObject("block_end", LocalDate.class), (Boolean) row.getObject("second_day_on"),
                        row.getObject("last_cramp_on", LocalDate.class), row.getBoolean("roster_unread"), 0, 0,
                        List.of());
            }, arguments.toArray());
        }
        Map<Long, Recent> recent = recent(lifting(ids, unscored, today), today);
        List<Athlete> athletes = new ArrayList<>();
        for (int i = 0; i < unscored.size(); i++) {
            Athlete a = unscored.get(i);
            Recent counts = recent.getOrDefault(ids.get(i), new Recent(today));
            athletes.add(new Athlete(a.key(), a.name(), a.raceName(), a.raceDistance(), a.raceDate(), a.blockStart(),
                    a.blockEnd(), a.secondDayOn(), a.lastCrampOn(), a.unread(), counts.done, counts.planned,
                    counts.weekly()));
        }
        int pages = (int) Math.max(1, (count.athletes() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Page(athletes, count.athletes(), query.page(), pages);
    }

    /**
     * Part of a sort's order, as a condition added to the page's statement: the whole order; or,
     * from a page's start on (RosterBookmarks.Bookmark), the athletes of the start's sort key from
     * its id on and those from the next key on, each a range of the sort's index (V7). No cramp yet
     * sorts first going up and last going down, as the index keeps it. A range that is there only
     * to keep the statement's text (below) is asked of no coach's athletes ({@code anyone} false).
     */
    private record Range(String condition, List<Object> arguments, boolean anyone) {

        static final Range ALL = new Range("", List.of());

        Range(String condition, List<Object> arguments) {
            this(condition, arguments, true);
        }

        /**
         * Always the same ranges for a sort and direction, so that later pages are one statement
         * text (two sorted by cramp, as the start may have no cramp yet): where no key follows the
         * start's, the second range is asked of no coach, an empty range of the index. (Asked from
         * no key at all, H2 reads the coach's whole squad to find nothing.)
         */
        static List<Range> from(Bookmark start, String key, Query query) {
            boolean down = query.descending();
            String onwards = down ? " <= ?" : " >= ?";
            Range later = new Range(" and " + key + onwards, Collections.singletonList(start.laterKey()),
                    start.laterKey() != null);
            if (start.key() == null) { // no cramp yet: first going up, last going down
                return List.of(new Range(" and " + key + " is null and p.id" + onwards, List.of(start.id())), later);
            }
            List<Range> ranges = new ArrayList<>(List.of(
                    new Range(" and " + key + " = ? and p.id" + onwards, List.of(start.key(), start.id())), later));
            if (down && CRAMP.equals(key)) { // going down, those without a cramp come last
                ranges.add(new Range(" and " + key + " is null", List.of()));
            }
            return ranges;
        }
    }

    /** The filters asked of no coach's athletes: the coach is the first of them. */
    private static List<Object> noOnes(List<Object> filters) {
        List<Object> nobody = new ArrayList<>(filters);
        nobody.set(0, NO_COACH);
        return nobody;
    }

    /** How many athletes the filters leave, and how many of them have a completion of another day. */
    private record Count(long athletes, long stale) {
    }

    /**
     * Only a sort by completion needs today's count in every row, so only it asks for the stale
     * ones: as all of them less those counted for today, two counts off indexes (V9). Summing
     * "stale or not" over the rows read every athlete's row instead.
     */
    private Count count(String where, List<Object> filters, Query query, LocalDate today) {
        if (!"completion".equals(query.sort())) {
            return new Count(jdbc.queryForObject("select count(*) from plan p" + where, Long.class, filters.toArray()), 0);
        }
        List<Object> arguments = new ArrayList<>(filters);
        arguments.addAll(filters);
        arguments.add(today);
        return jdbc.queryForObject("select (select count(*) from plan p" + where + "), (select count(*) from plan p"
                + where + " and p." + RecentCompletion.COUNTED + ")",
                (row, number) -> new Count(row.getLong(1), row.getLong(1) - row.getLong(2)), arguments.toArray());
    }

    /**
     * The sort key, then the id for a stable order of ties, both in the asked direction, so that
     * one index serves both (descending is ascending reversed, ties included). No cramp yet sorts
     * as the oldest cramp, as the index keeps it. Within the page's ids the ORDER BY starts with
     * the coach's id (one value there): H2 reads an order off an index only from its first column.
     */
    private static String order(String key, String id, Query query) {
        String nulls = CRAMP.equals(SORTS.get(query.sort()))
                ? (query.descending() ? " nulls last" : " nulls first") : "";
        return key + direction(query) + nulls + ", " + id + direction(query);
    }

    private static String direction(Query query) {
        return query.descending() ? " desc" : " asc";
    }

    /**
     * Done and planned sessions of the page's athletes, by plan id: over the last four weeks (the
     * completion column) and per week over the sparkline's weeks, from one query by day.
     */
    private Map<Long, Recent> recent(List<Long> ids, LocalDate today) {
        Map<Long, Recent> recent = new HashMap<>();
        if (ids.isEmpty()) {
            return recent;
        }
        List<Object> arguments = new ArrayList<>(ids);
        while (arguments.size() < PAGE_SIZE) {
            arguments.add(NO_ATHLETE);
        }
        arguments.add(today.minusDays(RECENT_WINDOW_DAYS));
        arguments.add(today);
        jdbc.query(COUNTS, row -> {
            recent.computeIfAbsent(row.getLong("plan_id"), id -> new Recent(today))
                    .add(row.getObject("session_date", LocalDate.class), row.getInt("done"), row.getInt("planned"));
        }, arguments.toArray());
        return recent;
    }

    /**
     * The ids of the athletes who may have sessions in the recent weeks: a plan's sessions lie
     * between its block's start and race day (StrengthBlock), so an athlete before the block, or
     * without one, or whose race is older than those weeks, has none to count. On registration
     * day that is the whole squad, and a page of them then asks no session at all.
     */
    private static List<Long> lifting(List<Long> ids, List<Athlete> athletes, LocalDate today) {
        LocalDate since = today.minusDays(RECENT_WINDOW_DAYS);
        List<Long> lifting = new ArrayList<>();
        for (int i = 0; i < athletes.size(); i++) {
            Athlete athlete = athletes.get(i);
            if (athlete.blockStart() != null && !athlete.blockStart().isAfter(today)
                    && !athlete.raceDate().isBefore(since)) {
                lifting.add(ids.get(i));
            }
        }
        return lifting;
    }

    /**
     * A table of a page's plan ids, one parameter a row (typed: PostgreSQL cannot tell a bare one's
     * type); always a whole page's rows, those of athletes not asked about left empty, so that it is
     * one statement text whoever is lifting (see {@link #page}, on the database's statement cache).
     */
    private static String pageRows() {
        return String.join(", ", Collections.nCopies(PAGE_SIZE, "(cast(? as bigint))"));
    }

    /** One athlete's recent counts, summed day by day. */
    private static final class Recent {

        private final LocalDate today;
        private final int[] weekDone = new int[SPARKLINE_WEEKS];
        private final int[] weekPlanned = new int[SPARKLINE_WEEKS];
        private int done;
        private int planned;

        Recent(LocalDate today) {
            this.today = today;
        }

        void add(LocalDate day, int doneThatDay, int plannedThatDay) {
            long daysAgo = ChronoUnit.DAYS.between(day, today);
            if (daysAgo <= RECENT_DAYS) {
                done += doneThatDay;
                planned += plannedThatDay;
            }
            int week = SPARKLINE_WEEKS - 1 - (int) (daysAgo / 7);
            if (week >= 0) {
                weekDone[week] += doneThatDay;
                weekPlanned[week] += plannedThatDay;
            }
        }

        /** Percent done per week, oldest first; -1 for a week with nothing planned. */
        List<Integer> weekly() {
            List<Integer> weekly = new ArrayList<>();
            for (int week = 0; week < SPARKLINE_WEEKS; week++) {
                weekly.add(percent(weekDone[week], weekPlanned[week]));
            }
            return weekly;
        }
    }
}
