package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.OnPostgres;
import dev.crampproof.runner.RecentCompletion;
import dev.crampproof.system.StatementLog.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@link QueryBudgetTest} on PostgreSQL, and every lookup those pages make checked against the
 * indexes: with sequential scans priced out (enable_seqscan off), PostgreSQL's plan for each
 * statement, with the values it ran with, must not scan a whole table.
 */
@OnPostgres
class PostgresQueryBudgetTest extends QueryBudgetTest {

    @Autowired
    RecentCompletion completion;

    @Test
    void every_lookup_of_the_plan_review_and_roster_pages_can_use_an_index() throws Exception {
        String email = newCoach("Index Coach");
        String token = planFor("Index Runner", codeOf(email));
        putLog(token, HEAVY, "{\"status\": \"SKIPPED\"}").andExpect(status().isOk());
        List<MockHttpServletRequestBuilder> pages = new ArrayList<>(List.of(get("/plans/" + token),
                get("/api/plans/" + token), get("/plans/" + token + "/calendar.ics"),
                get("/coach/athletes/" + keyOf(token)).with(as(email)),
                get("/coach?name=index&cramped=true").with(as(email))));
        for (String sort : Roster.SORTS.keySet()) {
            pages.add(get("/coach?sort=" + sort).with(as(email)));
        }
        Map<String, Statement> lookups = new LinkedHashMap<>();
        for (MockHttpServletRequestBuilder page : pages) {
            log.clear();
            mvc.perform(page).andExpect(status().isOk());
            log.withParameters().stream().filter(s -> s.sql().strip().toLowerCase().startsWith("select"))
                    .forEach(s -> lookups.putIfAbsent(s.sql(), s));
        }
        assertThat(lookups).hasSizeGreaterThan(10);
        for (Statement lookup : lookups.values()) {
            assertThat(explainWithout(lookup, "enable_seqscan")).as("plan of %s", lookup.sql())
                    .doesNotContain("Seq Scan");
        }
    }

    /**
     * Completion is counted again when a log is written, and for a coach's rows of an older day
     * when the roster first sorts by it: those counts, the roster's look for such rows, their list
     * and the lock before they are counted use indexes too.
     */
    @Test
    void counting_completion_for_a_log_and_for_a_new_day_can_use_an_index() throws Exception {
        String email = newCoach("Recount Coach");
        String token = planFor("Recount Runner", codeOf(email));
        today.moveTo(LocalDate.of(2026, 12, 28));
        log.clear();
        putLog(token, HEAVY, "{\"status\": \"DONE\"}").andExpect(status().isOk());
        LocalDate nextDay = LocalDate.of(2026, 12, 29);
        today.moveTo(nextDay);
        mvc.perform(get("/coach?sort=completion").with(as(email))).andExpect(status().isOk()); // counts the squad
        Long coach = jdbc.queryForObject("select id from coach where email = ?", Long.class, email);
        assertThat(completion.countStaleNow(coach, nextDay)).as("left to count after the roster").isZero();
        Map<String, Statement> counts = new LinkedHashMap<>();
        log.withParameters().stream().filter(s -> s.sql().contains("update plan counted")
                || s.sql().contains(RecentCompletion.STALE) || s.sql().contains(RecentCompletion.COUNTED)).forEach(s -> counts.putIfAbsent(s.sql(), s));
        assertThat(counts.keySet()).as("the log's count; the roster's look, the list, the lock and the count")
                .hasSize(5);
        for (Statement count : counts.values()) {
            assertThat(explainWithout(count, "enable_seqscan")).as("plan of %s", count.sql())
                    .doesNotContain("Seq Scan");
        }
    }

    /** With the table's scan priced out, PostgreSQL could still pick another index of the coach's. */
    @Override
    void assertCountedOffTheDayIndex(Statement count) {
        assertThat(explainWithout(count, "enable_seqscan")).as("plan of %s", count.sql()).contains(DAY_INDEX);
    }

    /**
     * PostgreSQL's plan for so few rows is its own choice; what is checked is that the sessions'
     * (plan, date) index can bound both, the athlete and the dates, when scans are priced out, and
     * joins other than by lookup. With a whole page's table of ids (25, most of them empty here), a
     * few dozen sessions and no statistics, it hashed (or looped over) the sessions of those weeks
     * read off their dates instead.
     */
    @Override
    void assertRecentSessionsLookedUpByDate(Statement recent, long most) {
        jdbc.execute("analyze");
        assertThat(explainWithout(recent, "enable_seqscan", "enable_bitmapscan", "enable_hashjoin", "enable_mergejoin"))
                .as("plan of %s", recent.sql())
                .containsPattern("Index Cond: \\(\\(plan_id = [^)]*\\) AND \\(session_date >= ");
    }

    /** With sorting priced out as well, a plan that still sorts has no index to read the order from. */
    @Override
    void assertReadInOrderOffAnIndex(Statement page) {
        assertThat(explainWithout(page, "enable_seqscan", "enable_sort")).as("plan of %s", page.sql())
                .contains("Index").doesNotContain("Sort");
    }

    /**
     * The rows PostgreSQL's index scans of the plans returned (EXPLAIN ANALYZE), summed: a scan
     * stops when the page's limit is reached, so what it returned is what it read.
     */
    @Override
    void assertAtMostIndexEntriesRead(Statement page, int most) {
        String plan = analyzeWithout(page, "enable_seqscan", "enable_bitmapscan", "enable_sort");
        assertThat(sumOf(Pattern.compile("Scan (?:Backward )?using plan_roster_\\w+ on plan p .*?actual time=\\S+ rows=(\\d+) loops=1"),
                plan)).as("index entries read, plan:%n%s", plan).isPositive().isLessThanOrEqualTo(most);
    }

    /** The plan with these kinds of plan priced out (set off for the one EXPLAIN). */
    private String explainWithout(Statement lookup, String... settings) {
        return explainWithout(lookup, "explain ", settings);
    }

    /** The same, run ("explain analyze "): with the rows each step returned. */
    private String analyzeWithout(Statement lookup, String... settings) {
        return explainWithout(lookup, "explain analyze ", settings);
    }

    private String explainWithout(Statement lookup, String how, String[] settings) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (var off = connection.createStatement()) {
                for (String setting : settings) {
                    off.execute("set " + setting + " = off");
                }
            }
            try {
                return explain(connection, lookup, how);
            } finally {
                try (var on = connection.createStatement()) {
                    for (String setting : settings) {
                        on.execute("reset " + setting);
                    }
                }
            }
        });
    }
}
