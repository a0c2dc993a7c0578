package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.runner.RecentCompletion;
import dev.crampproof.system.StatementLog;
import dev.crampproof.system.StatementLog.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Query budgets: how many SQL statements a page runs, counted (never timed) with a
 * datasource-proxy around the real DataSource. A plan's pages cost the same for a 4-week block as
 * for a 16-week one with logs and comments (no N+1), and the roster the same for 3 athletes as
 * for 30.
 */
@Import(StatementLog.class)
public class QueryBudgetTest extends CoachMvc {

    /**
     * A plan page or its JSON: the plan (with its muscle and condition lists joined), sessions
     * (each with its exercises in its own row), long-run logs, comments. The coach's name is read
     * once and kept (CoachCodes): each page is asked for once before its statements are counted.
     */
    public static final int PLAN_BUDGET = 4;
    /** The athlete review: the signed-in coach, the plan and its lists (its coach is the one signed in), the audit trail. */
    static final int REVIEW_BUDGET = 6;
    /** A roster page: the coach, the count, the page, its recent sessions by day. */
    static final int ROSTER_BUDGET = 4;
    /**
     * Storing a plan from the form: at most one call to each id sequence (plan, sessions; a call
     * hands out more ids than any plan needs), then one INSERT per table (plan, sessions with
     * their exercises, cramp muscles, race conditions), each table's rows in one JDBC batch.
     */
    public static final int STORE_BUDGET = 6;
    /** The index of the day each plan's completion was counted for (V9). */
    static final String DAY_INDEX = "plan_roster_completion_day";

    @Autowired
    StatementLog log;

    private List<String> statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        log.clear();
        mvc.perform(request).andExpect(status().isOk());
        return log.statements();
    }

    /** A plan of the given race date on this coach, with two sessions logged and two comments. */
    private String trackedPlan(String email, String raceDate, String... logged) throws Exception {
        String token = planFor("Budget " + raceDate, raceDate, codeOf(email));
        for (String session : logged) {
            putLog(token, session, "{\"status\": \"DONE\", \"rpe\": 6, \"note\": \"fine\"}").andExpect(status().isOk());
        }
        String key = keyOf(token);
        for (String body : List.of("Nice work", "Film a set")) {
            mvc.perform(post("/coach/athletes/" + key + "/comments").with(csrf()).with(as(email)).param("body", body))
                    .andExpect(status().isSeeOther());
        }
        return token;
    }

    @Test
    void plan_page_json_and_review_run_the_same_few_statements_for_a_4_and_a_16_week_block() throws Exception {
        String email = newCoach("Budget Coach");
        today.moveTo(LocalDate.of(2026, 11, 21));
        String small = trackedPlan(email, "2027-01-03");
        String large = trackedPlan(email, "2027-04-18");
        today.moveTo(LocalDate.of(2027, 1, 3));
        putLog(small, "2026-11-22-heavy", "{\"status\": \"DONE\"}").andExpect(status().isOk());
        putLog(large, "2026-12-27-heavy", "{\"status\": \"DONE\"}").andExpect(status().isOk());

        for (String path : List.of("/plans/%s", "/api/plans/%s")) {
            mvc.perform(get(path.formatted(small))).andExpect(status().isOk());
            mvc.perform(get(path.formatted(large))).andExpect(status().isOk());
            List<String> forSmall = statementsFor(get(path.formatted(small)));
            List<String> forLarge = statementsFor(get(path.formatted(large)));
            assertThat(forLarge).as("%s, 16-week plan:%n%s", path, String.join("\n", forLarge))
                    .hasSizeLessThanOrEqualTo(PLAN_BUDGET).hasSameSizeAs(forSmall);
        }
        List<String> reviewSmall = statementsFor(get("/coach/athletes/" + keyOf(small)).with(as(email)));
        List<String> reviewLarge = statementsFor(get("/coach/athletes/" + keyOf(large)).with(as(email)));
        assertThat(reviewLarge).as("review, 16-week plan:%n%s", String.join("\n", reviewLarge))
                .hasSizeLessThanOrEqualTo(REVIEW_BUDGET).hasSameSizeAs(reviewSmall);
    }

    /**
     * The plan form with a 4-week block and one cramp muscle, then the largest plan there is (50
     * sessions, 350 exercises: a 16-week block, every muscle, new to lifting, a speed day right
     * after the long run): the same INSERTs, one round trip per table, whatever the plan's size;
     * the exercises go with their sessions' rows.
     */
    @Test
    void storing_a_plan_sends_each_tables_rows_in_one_batch_for_a_4_week_block_as_for_the_largest()
            throws Exception {
        List<Statement> small = storing(planForm("Small Budget", "2027-01-03", "WEDNESDAY", "REGULAR", "CALF"));
        List<Statement> large = storing(planForm("Large Budget", "2027-03-14", "MONDAY", "NONE",
                Arrays.stream(CrampMuscle.values()).map(Enum::name).toArray(String[]::new)));

        for (List<Statement> stored : List.of(small, large)) {
            assertThat(stored).as(described(stored)).hasSizeLessThanOrEqualTo(STORE_BUDGET)
                    .filteredOn(statement -> statement.sql().startsWith("select"))
                    .allMatch(statement -> statement.sql().contains("_seq"), "only id sequences are read")
                    .extracting(Statement::sql).doesNotHaveDuplicates();
            assertThat(stored).as("reads of id sequences and inserts only:%n%s", described(stored))
                    .allMatch(statement -> statement.sql().startsWith("insert into ") || statement.sql().contains("_seq"));
        }
        assertThat(inserted(large).keySet()).as(described(large)).isEqualTo(inserted(small).keySet());
        assertThat(inserted(large)).containsOnlyKeys("plan", "plan_cramp_muscle", "plan_race_condition",
                "strength_session").containsEntry("strength_session", 50);
    }

    /**
     * A coach's change of one exercise: the session's exercises are one value in its row, replaced
     * by the change, so the flush writes that one session and no other (the dirty check compares
     * values, it neither misses the change nor sees the 45 untouched sessions as changed).
     */
    @Test
    void adjusting_one_exercise_updates_that_sessions_row_and_no_other() throws Exception {
        String email = newCoach("Adjust Budget Coach");
        String token = planFor("Adjust Budget", codeOf(email));
        log.clear();
        mvc.perform(post("/coach/athletes/" + keyOf(token) + "/sessions/" + HEAVY + "/exercises/0").with(csrf())
                .with(as(email)).param("exercise", "GOBLET_SQUAT").param("sets", "6").param("repsMin", "4")
                .param("repsMax", "4")).andExpect(status().isSeeOther());
        List<Statement> updates = log.withParameters().stream()
                .filter(statement -> statement.sql().startsWith("update strength_session")).toList();
        assertThat(updates).as(described(log.withParameters())).hasSize(1).first()
                .satisfies(update -> assertThat(update.rows()).isEqualTo(1))
                .satisfies(update -> assertThat(update.parameters()).anySatisfy(value ->
                        assertThat(String.valueOf(value)).matches("GOBLET_SQUAT 6 4 4 [A-Z_]+ coach;[^;].*")));
        assertThat(jdbc.queryForObject("select exercises from strength_session s join plan p on s.plan_id = p.id"
                + " where p.token = ? and s.session_key = ?", String.class, token, HEAVY))
                .startsWith("GOBLET_SQUAT 6 4 4 ");
    }

    /** A runner who joins a coach on the form: the code is read once, for the check and the join alike. */
    @Test
    void storing_a_plan_that_joins_a_coach_reads_the_invite_code_once() throws Exception {
        String code = codeOf(newCoach("Join Budget Coach"));
        List<Statement> stored = storing(planForm("Join Budget", "2027-01-03", "WEDNESDAY", "REGULAR", "CALF")
                .param("coachCode", code));
        assertThat(stored).as(described(stored)).hasSizeLessThanOrEqualTo(STORE_BUDGET + 1)
                .filteredOn(statement -> statement.sql().contains(" from coach ")).hasSize(1);
    }

    /**
     * POSTs the plan form and returns the statements it ran, less the write limit's (its bucket's
     * row, with the database store of PostgresQueryBudgetTest): they come with every write.
     */
    private List<Statement> storing(MockHttpServletRequestBuilder form) throws Exception {
        log.clear();
        mvc.perform(form).andExpect(status().isSeeOther());
        return log.withParameters().stream()
                .filter(statement -> !statement.sql().toLowerCase(Locale.ROOT).contains("rate_limit_bucket")).toList();
    }

    /** Table → rows of each INSERT statement; a table written by two round trips fails here. */
    private static Map<String, Integer> inserted(List<Statement> statements) {
        Map<String, Integer> rows = new TreeMap<>();
        statements.stream().filter(statement -> statement.sql().startsWith("insert into "))
                .forEach(statement -> assertThat(rows.put(statement.sql().split(" ")[2], statement.rows()))
                        .as("second INSERT into the same table: %s", statement.sql()).isNull());
        return rows;
    }

    private static String described(List<Statement> statements) {
        return statements.stream().map(statement -> statement.rows() + " × " + statement.sql())
                .collect(Collectors.joining("\n"));
    }

    private static MockHttpServletRequestBuilder planForm(String runnerName, String raceDate, String speedDay,
            String experience, String... muscles) {
        return post("/plans").with(csrf()).param("runnerName", runnerName).param("raceDate", raceDate)
                .param("raceDistance", "MARATHON").param("weeklyMileage", "30").param("mileageUnit", "MILES")
                .param("longRunDay", "SUNDAY").param("speedDay", speedDay).param("crampMuscles", muscles)
                .param("crampFrequency", "MOST_RACES").param("liftingExperience", experience)
                .param("equipment", "GYM").param("raceConditions", "HOT").param("preferredStartWeeks", "16");
    }

    @Test
    void roster_runs_the_same_statements_for_3_athletes_as_for_30_whatever_the_sort() throws Exception {
        String few = newCoach("Few Coach");
        String many = newCoach("Many Coach");
        for (int i = 0; i < 3; i++) {
            planFor("Few " + i, codeOf(few));
        }
        for (int i = 0; i < 30; i++) {
            planFor("Many " + i, codeOf(many));
        }
        for (String sort : Roster.SORTS.keySet()) {
            List<String> forFew = statementsFor(get("/coach?sort=" + sort).with(as(few)));
            List<String> forMany = statementsFor(get("/coach?sort=" + sort).with(as(many)));
            assertThat(forMany).as("roster of 30 sorted by %s:%n%s", sort, String.join("\n", forMany))
                    .hasSizeLessThanOrEqualTo(ROSTER_BUDGET).hasSameSizeAs(forFew);
        }
    }

    /**
     * Every sort, both directions: the page is read in order off an index (V7), so the database
     * reads about offset + 25 rows of a squad instead of sorting all of it.
     */
    @Test
    void roster_pages_are_read_in_order_off_an_index_for_every_sort_and_direction() throws Exception {
        String email = newCoach("Order Coach");
        for (int i = 0; i < 3; i++) {
            planFor("Order " + i, codeOf(email));
        }
        for (String sort : Roster.SORTS.keySet()) {
            for (String dir : List.of("asc", "desc")) {
                log.clear();
                mvc.perform(get("/coach?sort=" + sort + "&dir=" + dir).with(as(email))).andExpect(status().isOk());
                Statement page = log.withParameters().stream().filter(s -> s.sql().contains(" limit ")).findFirst()
                        .orElseThrow();
                assertReadInOrderOffAnIndex(page);
            }
        }
    }

    /**
     * A roster sorted by completion first counts the athletes counted for today. Summed over the
     * rows, that read every athlete's row (6 ms a page with 10,000 of them); off the day's index
     * (V9) it reads none.
     */
    @Test
    void the_completion_sort_counts_todays_rows_off_an_index() throws Exception {
        String email = newCoach("Day Index Coach");
        for (int i = 0; i < 3; i++) {
            planFor("Day Index " + i, codeOf(email));
        }
        log.clear();
        mvc.perform(get("/coach?sort=completion").with(as(email))).andExpect(status().isOk());
        Statement count = log.withParameters().stream()
                .filter(s -> s.sql().contains(RecentCompletion.COUNTED)).findFirst().orElseThrow();
        assertCountedOffTheDayIndex(count);
    }

    /**
     * The page's recent sessions (the completion column and the sparkline) are looked up per
     * athlete between two dates, not read whole: mid-block, with most of a 13-week block outside
     * the sparkline's weeks, the database reads about the sessions in those weeks.
     */
    @Test
    void the_rosters_recent_sessions_are_looked_up_by_athlete_and_date_not_read_whole() throws Exception {
        String email = newCoach("Recent Coach");
        today.moveTo(LocalDate.of(2026, 11, 21));
        for (int i = 0; i < 3; i++) {
            planFor("Recent " + i, "2027-03-14", codeOf(email));
        }
        Statement recent = recentSessionsOnRosterOf(email, LocalDate.of(2027, 1, 24));
        List<Object> athletes = athletesAskedFor(recent);
        String marks = RecentCompletion.marks(athletes.size());
        Long all = jdbc.queryForObject("select count(*) from strength_session where plan_id in (" + marks + ")",
                Long.class, athletes.toArray());
        List<Object> window = new ArrayList<>(athletes);
        window.addAll(recent.parameters().subList(recent.parameters().size() - 2, recent.parameters().size()));
        Long inWeeks = jdbc.queryForObject("select count(*) from strength_session where plan_id in (" + marks
                + ") and session_date between ? and ?", Long.class, window.toArray());
        assertThat(athletes).hasSize(3);
        assertThat(inWeeks).as("sessions in the sparkline's weeks").isPositive().isLessThan(all / 2);

        // One probe more for each row of the page's table of ids: a whole page's, the empty ones too.
        assertRecentSessionsLookedUpByDate(recent, inWeeks + Roster.PAGE_SIZE);
    }

    /**
     * A connection to H2 keeps the last QUERY_CACHE_SIZE statements it ran prepared, with the last
     * answer of each (application.properties); one it has let go is parsed and planned again, and
     * a count it answered is counted again. So the roster's pages are a few statement texts,
     * whatever the sort, the direction, the page and who is lifting: the coach, the two counts, the
     * recent sessions, and for each sort key and direction the first page's, a later page's and the
     * walk that finds where pages begin (RosterBookmarks); a later page sorted by cramp has one more,
     * as it may begin with an athlete who has not cramped yet or with one who has.
     */
    @Test
    void the_roster_is_a_few_statement_texts_whatever_the_sort_direction_and_page() throws Exception {
        String email = newCoach("Texts Coach");
        for (int i = 0; i < 2 * Roster.PAGE_SIZE + 5; i++) {
            planFor("Texts " + i, i % 2 == 0 ? "2027-03-14" : "2027-06-13", codeOf(email));
        }
        today.moveTo(LocalDate.of(2027, 1, 24)); // the first half of the squad lifting, the other not yet
        mvc.perform(get("/coach?sort=completion").with(as(email))).andExpect(status().isOk()); // the day's count

        Set<String> texts = new TreeSet<>();
        for (String sort : Roster.SORTS.keySet()) {
            for (String dir : List.of("asc", "desc")) {
                for (int page = 0; page < 3; page++) {
                    texts.addAll(statementsFor(get("/coach?sort=" + sort + "&dir=" + dir + "&page=" + page)
                            .with(as(email))));
                }
            }
        }
        long keys = Roster.SORTS.values().stream().distinct().count();
        assertThat(texts).as("statement texts of the roster's pages:%n%s", String.join("\n", texts))
                .hasSizeLessThanOrEqualTo((int) (3 * 2 * keys + 2 + 4));
    }

    /**
     * A page after the first is read from where it begins (RosterBookmarks), not by walking past
     * the pages before it: for every sort and direction, the middle page of 200 athletes reads at
     * most two runs of a page's index entries (one among the athletes whose sort key it begins
     * with, one after them), where walking past the 100 athletes before it read 125. Finding where
     * the pages begin is one statement more, the first time.
     */
    @Test
    void a_later_page_reads_about_a_page_of_index_entries_not_the_pages_before_it() throws Exception {
        String email = newCoach("Deep Budget Coach");
        String code = codeOf(email);
        for (int i = 0; i < 200; i++) {
            planFor("Deep Budget " + i, i % 2 == 0 ? "2027-03-14" : "2027-06-13", code);
        }
        Set<String> walked = new HashSet<>();
        for (String sort : Roster.SORTS.keySet()) {
            for (String dir : List.of("asc", "desc")) {
                MockHttpServletRequestBuilder middle = get("/coach?sort=" + sort + "&dir=" + dir + "&page=4")
                        .with(as(email));
                List<String> finding = statementsFor(middle);
                List<String> known = statementsFor(middle);
                assertThat(known).as("%s %s, where the pages begin known", sort, dir)
                        .hasSizeLessThanOrEqualTo(ROSTER_BUDGET);
                boolean first = walked.add(Roster.SORTS.get(sort) + " " + dir); // "race" and "weeks" share theirs
                assertThat(finding).as("%s %s, finding where the pages begin", sort, dir)
                        .hasSize(known.size() + (first ? 1 : 0));
                Statement page = log.withParameters().stream().filter(s -> s.sql().contains("athlete_key"))
                        .findFirst().orElseThrow();
                assertAtMostIndexEntriesRead(page, 2 * (Roster.PAGE_SIZE + 1));
            }
        }
    }

    /**
     * A plan's sessions lie between its block's start and race day, so the roster asks for the
     * recent sessions only of athletes whose block has begun: none on registration day, when the
     * whole squad is before its blocks; later, those who have started, and no one else.
     */
    @Test
    void the_roster_asks_for_recent_sessions_only_of_athletes_whose_block_has_begun() throws Exception {
        String email = newCoach("Registration Coach");
        today.moveTo(LocalDate.of(2026, 11, 21));
        planFor("Starts Soon", "2027-03-14", codeOf(email));
        planFor("Starts Later", "2027-06-13", codeOf(email));

        log.clear();
        mvc.perform(get("/coach").with(as(email))).andExpect(status().isOk());
        assertThat(log.statements()).as("everyone before the block").noneMatch(sql -> sql.contains("strength_session"));

        List<Object> athletes = athletesAskedFor(recentSessionsOnRosterOf(email, LocalDate.of(2027, 1, 24)));
        Long started = jdbc.queryForObject("select id from plan where runner_name = 'Starts Soon'", Long.class);
        assertThat(athletes).as("only the athlete whose block has begun").containsExactly(started);
    }

    /** The statement that asked for the recent sessions when the coach opened the roster on a day. */
    private Statement recentSessionsOnRosterOf(String email, LocalDate day) throws Exception {
        today.moveTo(day);
        log.clear();
        mvc.perform(get("/coach").with(as(email))).andExpect(status().isOk());
        return log.withParameters().stream().filter(s -> s.sql().contains("group by s.plan_id, s.session_date"))
                .findFirst().orElseThrow();
    }

    /** Its plan ids: every parameter but the two dates, and but the places of a page left empty (NULL). */
    private static List<Object> athletesAskedFor(Statement recent) {
        return recent.parameters().subList(0, recent.parameters().size() - 2).stream().filter(Objects::nonNull).toList();
    }

    /**
     * H2's count of the sessions' index entries it visited: those in the weeks, and one more per
     * row of the page's ids at most. With the tables' statistics first, as a database that has seen some rows has
     * them: without, H2 picks among the indexes that start with the plan (and there are four) as if
     * each were as good.
     */
    void assertRecentSessionsLookedUpByDate(Statement recent, long most) {
        jdbc.execute("analyze");
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> explain(connection, recent, "explain analyze "));
        Matcher read = Pattern.compile("\"STRENGTH_SESSION\" \"S\".*?scanCount: (\\d+)", Pattern.DOTALL).matcher(plan);
        assertThat(read.find()).as("plan of %s:%n%s", recent.sql(), plan).isTrue();
        assertThat(Long.parseLong(read.group(1))).as("sessions read, plan:%n%s", plan).isLessThanOrEqualTo(most);
    }

    void assertCountedOffTheDayIndex(Statement count) {
        assertThat(jdbc.execute((ConnectionCallback<String>) connection -> explain(connection, count)))
                .as("plan of %s", count.sql()).containsIgnoringCase(DAY_INDEX);
    }

    /** H2 says so in its plan ("index sorted"): no sorting after the scan. */
    void assertReadInOrderOffAnIndex(Statement page) {
        assertThat(jdbc.execute((ConnectionCallback<String>) connection -> explain(connection, page)))
                .as("plan of %s", page.sql()).contains("/* index sorted */");
    }

    /** The index entries a roster page's ids were read from, as H2 counts them (scanCount), summed. */
    void assertAtMostIndexEntriesRead(Statement page, int most) {
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> explain(connection, page, "explain analyze "));
        assertThat(sumOf(Pattern.compile("PLAN_ROSTER_\\w+:[^*]*\\*/\\s*/\\* scanCount: (\\d+)"), plan))
                .as("index entries read, plan:%n%s", plan).isPositive().isLessThanOrEqualTo(most);
    }

    /** The sum of what a pattern's first group matched, as numbers, in the text. */
    static long sumOf(Pattern pattern, String text) {
        return pattern.matcher(text).results().mapToLong(read -> Long.parseLong(read.group(1))).sum();
    }

    /** The database's plan of a statement, with the values it ran with. */
    static String explain(Connection connection, Statement lookup) throws SQLException {
        return explain(connection, lookup, "explain ");
    }

    /** {@code how}: "explain " or "explain analyze ", which runs the statement and counts the rows it read. */
    static String explain(Connection connection, Statement lookup, String how) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement(how + lookup.sql())) {
            for (int i = 0; i < lookup.parameters().size(); i++) {
                explain.setObject(i + 1, lookup.parameters().get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
