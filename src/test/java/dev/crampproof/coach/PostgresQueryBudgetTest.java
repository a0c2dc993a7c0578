package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.OnPostgres;
import dev.crampproof.system.StatementLog.Statement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@link QueryBudgetTest} on PostgreSQL, and every lookup those pages make checked against the
 * indexes: with sequential scans priced out (enable_seqscan off), PostgreSQL's plan for each
 * statement, with the values it ran with, must not scan a whole table.
 */
@OnPostgres
class PostgresQueryBudgetTest extends QueryBudgetTest {

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
            assertThat(explain(lookup)).as("plan of %s", lookup.sql()).doesNotContain("Seq Scan");
        }
    }

    private String explain(Statement lookup) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (var off = connection.createStatement()) {
                off.execute("set enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + lookup.sql())) {
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
            } finally {
                try (var on = connection.createStatement()) {
                    on.execute("reset enable_seqscan");
                }
            }
        });
    }
}
