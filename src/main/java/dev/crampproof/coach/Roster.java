package dev.crampproof.coach;

import dev.crampproof.plan.Progress;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach's athletes, one page at a time: filtered, sorted and paged by the database (one
 * query for the page, one for the count), whatever the size of the squad.
 */
@Component
public class Roster {

    public static final int PAGE_SIZE = 25;
    /** "Recent" for completion and cramps: the last four weeks. */
    public static final int RECENT_DAYS = 28;
    /** Weeks in the completion sparkline, oldest first, the last ending today. */
    public static final int SPARKLINE_WEEKS = 6;

    /** Columns a coach can sort by, and the SQL each sorts on; nothing else reaches the query. */
    static final Map<String, String> SORTS = Map.of(
            "name", "lower(p.runner_name)",
            "race", "p.race_date",
            "weeks", "p.race_date",
            "phase", "coalesce(p.block_start, p.race_date)",
            "completion", "coalesce(c.done * 1.0 / nullif(c.planned, 0), -1)",
            "cramp", "coalesce(p.last_cramp_on, date '1900-01-01')",
            "secondDay", "case when p.second_day_on = true then 1 else 0 end",
            "unread", "case when p.last_logged_at > coalesce(p.reviewed_at, timestamp '1900-01-01 00:00:00') "
                    + "then 1 else 0 end");

    /**
     * Done and planned sessions between two dates, for the plans the condition picks, grouped as
     * asked (per plan, or per plan and day). Second double days count as planned only once on.
     */
    private static final String COUNTS = "select s.plan_id%1$s,"
            + " sum(case when s.log_status = 'DONE' then 1 else 0 end) as done,"
            + " sum(case when s.conditional = false or owner.second_day_on = true then 1 else 0 end) as planned"
            + " from strength_session s join plan owner on owner.id = s.plan_id"
            + " where %2$s and s.session_date between ? and ? group by s.plan_id%1$s";

    private final JdbcTemplate jdbc;

    Roster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
    }

    /** As the plan's progress counts it, but -1 (shown as "none") when nothing was planned. */
    static int percent(int done, int planned) {
        return planned == 0 ? -1 : Progress.percent(done, planned);
    }

    public record Page(List<Athlete> athletes, long total, int number, int pages) {
    }

    @Transactional(readOnly = true)
    public Page page(long coachId, Query query, LocalDate today) {
        StringBuilder where = new StringBuilder(" where p.coach_id = ?");
        List<Object> filters = new ArrayList<>(List.of(coachId));
        if (!query.name().isEmpty()) {
            where.append(" and lower(p.runner_name) like ?");
            filters.add("%" + query.name().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (query.crampedRecently()) {
            where.append(" and p.last_cramp_on >= ?");
            filters.add(today.minusDays(RECENT_DAYS));
        }
        long total = jdbc.queryForObject("select count(*) from plan p" + where, Long.class, filters.toArray());

        // Completion needs the sessions of the last four weeks. Only sorting by it needs it for
        // every athlete; otherwise the page is chosen first and completion counted for its 25.
        boolean byCompletion = "completion".equals(query.sort());
        List<Object> arguments = new ArrayList<>();
        if (byCompletion) {
            arguments.addAll(List.of(coachId, today.minusDays(RECENT_DAYS), today));
        }
        arguments.addAll(filters);
        arguments.add(PAGE_SIZE);
        arguments.add((long) query.page() * PAGE_SIZE);
        String sql = "select p.id, p.athlete_key, p.runner_name, p.race_name, p.race_distance, p.race_date,"
                + " p.block_start, p.block_end, p.second_day_on, p.last_cramp_on, p.last_logged_at, p.reviewed_at"
                + " from plan p" + (byCompletion ? " left join (" + COUNTS.formatted("", "owner.coach_id = ?") + ") c on c.plan_id = p.id" : "")
                + where + " order by " + SORTS.get(query.sort()) + (query.descending() ? " desc" : " asc") + ", p.id"
                + " limit ? offset ?";
        List<Long> ids = new ArrayList<>();
        List<Athlete> unscored = jdbc.query(sql, (row, number) -> {
            ids.add(row.getLong("id"));
            Timestamp logged = row.getTimestamp("last_logged_at");
            Timestamp reviewed = row.getTimestamp("reviewed_at");
            return new Athlete(row.getString("athlete_key"), row.getString("runner_name"), row.getString("race_name"),
                    row.getString("race_distance"), row.getObject("race_date", LocalDate.class),
                    row.getObject("block_start", LocalDate.class), row.getObject("block_end", LocalDate.class),
                    (Boolean) row.getObject("second_day_on"), row.getObject("last_cramp_on", LocalDate.class),
                    logged != null && (reviewed == null || logged.after(reviewed)), 0, 0, List.of());
        }, arguments.toArray());
        Map<Long, Recent> recent = recent(ids, today);
        List<Athlete> athletes = new ArrayList<>();
        for (int i = 0; i < unscored.size(); i++) {
            Athlete a = unscored.get(i);
            Recent counts = recent.getOrDefault(ids.get(i), new Recent(today));
            athletes.add(new Athlete(a.key(), a.name(), a.raceName(), a.raceDistance(), a.raceDate(), a.blockStart(),
                    a.blockEnd(), a.secondDayOn(), a.lastCrampOn(), a.unread(), counts.done, counts.planned,
                    counts.weekly()));
        }
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Page(athletes, total, query.page(), pages);
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
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> arguments = new ArrayList<>(ids);
        arguments.add(today.minusDays(Math.max(RECENT_DAYS, 7L * SPARKLINE_WEEKS - 1)));
        arguments.add(today);
        jdbc.query(COUNTS.formatted(", s.session_date", "s.plan_id in (" + marks + ")"), row -> {
            recent.computeIfAbsent(row.getLong("plan_id"), id -> new Recent(today))
                    .add(row.getObject("session_date", LocalDate.class), row.getInt("done"), row.getInt("planned"));
        }, arguments.toArray());
        return recent;
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
