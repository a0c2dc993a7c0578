package dev.crampproof.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Session logs through the API and the plan page's form. */
class SessionLogTest extends TrackingMvc {

    static final String SESSION = "2026-12-27-heavy";
    static final String FULL_LOG = """
            {"status": "DONE", "rpe": 7, "note": "tired legs", "cramp": {"muscle": "CALF", "timing": "DURING"}}""";

    private Map<String, Object> row(String planToken, String sessionId) {
        return jdbc.queryForMap("select s.log_status, s.log_rpe, s.log_note, s.log_cramp_muscle, s.log_cramp_timing, "
                + "s.logged_on from strength_session s join plan p on s.plan_id = p.id where p.token = ? "
                + "and s.session_key = ?", planToken, sessionId);
    }

    private int rows(String planToken, String sessionId) {
        return jdbc.queryForObject("select count(*) from strength_session s join plan p on s.plan_id = p.id "
                + "where p.token = ? and s.session_key = ?", Integer.class, planToken, sessionId);
    }

    @Test
    void a_log_is_shown_replaced_by_a_second_one_and_cleared_by_planned() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        JsonNode answer = read(putLog(SESSION, FULL_LOG).andExpect(status().isOk()));
        assertThat(session(answer, SESSION).get("log").get("status").stringValue()).isEqualTo("DONE");

        JsonNode log = logOf(SESSION);
        assertThat(log.get("status").stringValue()).isEqualTo("DONE");
        assertThat(log.get("rpe").intValue()).isEqualTo(7);
        assertThat(log.get("note").stringValue()).isEqualTo("tired legs");
        assertThat(log.get("cramp").get("muscle").stringValue()).isEqualTo("CALF");
        assertThat(log.get("cramp").get("timing").stringValue()).isEqualTo("DURING");
        assertThat(plan().get("progress").get("done").intValue()).isEqualTo(1);

        putLog(SESSION, "{\"status\": \"SKIPPED\", \"rpe\": 3, \"note\": \"sick\"}").andExpect(status().isOk());
        assertThat(rows(token, SESSION)).isEqualTo(1);
        Map<String, Object> row = row(token, SESSION);
        assertThat(row.get("LOG_STATUS")).isEqualTo("SKIPPED");
        assertThat(row.get("LOG_RPE")).isEqualTo(3);
        assertThat(row.get("LOG_NOTE")).isEqualTo("sick");
        assertThat(row.get("LOG_CRAMP_MUSCLE")).isNull();
        assertThat(row.get("LOG_CRAMP_TIMING")).isNull();
        assertThat(logOf(SESSION).get("cramp").isNull()).isTrue();

        putLog(SESSION, "{\"status\": \"PLANNED\"}").andExpect(status().isOk());
        assertThat(logOf(SESSION).get("status").stringValue()).isEqualTo("PLANNED");
        assertThat(row(token, SESSION).values()).containsOnlyNulls();
        assertThat(rows(token, SESSION)).isEqualTo(1);
    }

    @Test
    void bad_logs_are_refused_with_problem_json_and_change_nothing() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        putLog(SESSION, FULL_LOG).andExpect(status().isOk());
        JsonNode before = logOf(SESSION);
        Map<String, Object> rowBefore = row(token, SESSION);
        JsonNode futureBefore = logOf("2027-01-03-heavy");

        record Bad(String session, String body, int status, String field) {
        }
        List<Bad> bads = List.of(
                new Bad(SESSION, "{\"status\": \"DONE\", \"rpe\": 0}", 400, "rpe"),
                new Bad(SESSION, "{\"status\": \"DONE\", \"rpe\": 11}", 400, "rpe"),
                new Bad(SESSION, "{\"status\": \"DONE\", \"note\": \"" + "x".repeat(10_000) + "\"}", 400, "note"),
                // half a character: an unpaired surrogate was stored (found by the fuzz tests)
                new Bad(SESSION, "{\"status\": \"DONE\", \"note\": \"sore \\uD83D\"}", 400, "note"),
                new Bad("2027-01-03-heavy", "{\"status\": \"DONE\"}", 400, "status"),
                new Bad(SESSION, "{\"status\": \"FINISHED\"}", 400, "status"),
                new Bad(SESSION, "{\"status\": \"DONE\", \"rpe\": ", 400, null),
                new Bad(SESSION, "[1, 2]", 400, null));
        for (Bad bad : bads) {
            MockHttpServletResponse answer = putLog(bad.session(), bad.body()).andReturn().getResponse();
            String what = bad.body().length() > 60 ? bad.body().substring(0, 60) : bad.body();
            assertThat(answer.getStatus()).as(what).isEqualTo(bad.status());
            assertThat(answer.getContentType()).as(what).startsWith("application/problem+json");
            if (bad.field() != null) {
                JsonNode problem = json.readTree(answer.getContentAsString());
                List<String> fields = new ArrayList<>();
                problem.get("errors").values().forEach(e -> fields.add(e.get("field").stringValue()));
                assertThat(fields).as(what).contains(bad.field());
            }
        }

        // a session id that exists only in another plan (long runs on Saturday), under this plan's token
        String other = makePlanWithLongRunOn("SATURDAY");
        String foreignId = sessions(plan(other)).get(0).get("id").stringValue();
        assertThat(sessions(plan())).noneMatch(s -> s.get("id").stringValue().equals(foreignId));
        MockHttpServletResponse foreign = putLog(token, foreignId, "{\"status\": \"DONE\"}")
                .andReturn().getResponse();
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentType()).startsWith("application/problem+json");
        assertThat(session(plan(other), foreignId).get("log").get("status").stringValue())
                .isEqualTo("PLANNED");

        MockHttpServletResponse unknown = putLog("no-such-token-at-all", SESSION, "{\"status\": \"DONE\"}")
                .andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");

        assertThat(logOf(SESSION)).isEqualTo(before);
        assertThat(row(token, SESSION)).isEqualTo(rowBefore);
        assertThat(logOf("2027-01-03-heavy")).isEqualTo(futureBefore);
        assertThat(futureBefore.get("status").stringValue()).isEqualTo("PLANNED");
    }

    /** A client that accepts no JSON is refused before the log is written, not after (found by FuzzTrackingTest's API runs). */
    @Test
    void a_log_for_a_client_that_accepts_no_json_is_a_406_and_changes_nothing() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        Map<String, Object> rowBefore = row(token, SESSION);
        MockHttpServletResponse answer = mvc.perform(put("/api/plans/" + token + "/sessions/" + SESSION + "/log")
                .contentType(MediaType.APPLICATION_JSON).header("Accept", "text/html").content(FULL_LOG))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(406);
        assertThat(row(token, SESSION)).isEqualTo(rowBefore);
        assertThat(logOf(SESSION).get("status").stringValue()).isEqualTo("PLANNED");
    }

    private String makePlanWithLongRunOn(String day) throws Exception {
        MvcResult made = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .content(EXAMPLE.replace("\"SUNDAY\"", "\"" + day + "\""))).andExpect(status().isCreated()).andReturn();
        return json.readTree(made.getResponse().getContentAsString()).get("token").stringValue();
    }

    @Test
    void the_log_form_redirects_to_the_session_and_a_bad_effort_shows_beside_it_and_stores_nothing() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        mvc.perform(post("/plans/" + token + "/sessions/" + SESSION + "/log").with(csrf())
                .param("status", "DONE").param("rpe", "6").param("note", "ok"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/plans/" + token + "#session-" + SESSION));
        assertThat(logOf(SESSION).get("rpe").intValue()).isEqualTo(6);

        String light = "2026-12-27-light";
        MvcResult posted = mvc.perform(post("/plans/" + token + "/sessions/" + light + "/log").with(csrf())
                .param("status", "DONE").param("rpe", "11").param("note", "too keen"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/plans/" + token + "/sessions/" + light))
                .andReturn();
        Document page = Jsoup.parse(mvc.perform(get("/plans/" + token + "/sessions/" + light)
                .flashAttrs(posted.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#log-" + light + "-rpe-error").text()).contains("1 (easy) to 10 (all out)");
        assertThat(page.select("#log-" + light + "-rpe").attr("aria-describedby")).isEqualTo("log-" + light + "-rpe-error");
        assertThat(logOf(light).get("status").stringValue()).isEqualTo("PLANNED");
        assertThat(row(token, light).get("LOG_STATUS")).isNull();
    }

    @Test
    void the_plan_pages_progress_list_counts_each_weeks_logged_sessions() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        putLog(SESSION, FULL_LOG).andExpect(status().isOk());
        putLog("2026-12-27-light", "{\"status\": \"SKIPPED\"}").andExpect(status().isOk());
        JsonNode weeks = plan().get("weeks");
        Document plan = Jsoup.parse(mvc.perform(get("/plans/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        List<Element> lines = plan.select("ol.week-progress > li");
        assertThat(lines).hasSize(weeks.size());
        for (int i = 0; i < lines.size(); i++) {
            Element line = lines.get(i);
            int planned = Integer.parseInt(line.select("meter").attr("max"));
            int done = i == 0 ? 1 : 0; // the skipped light session is not done
            assertThat(planned).as("week %d", i + 1).isPositive();
            assertThat(line.select("span").eachText()).as("week %d", i + 1)
                    .containsExactly("Week " + (i + 1), done + "/" + planned);
            assertThat(line.select("meter").attr("value")).isEqualTo(String.valueOf(done));
            assertThat(line.select("meter").attr("aria-label"))
                    .isEqualTo("Week %d: %d of %d sessions done".formatted(i + 1, done, planned));
        }
    }

    @Test
    void the_plan_page_shows_each_log_and_links_every_session_to_its_log_page() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        putLog(SESSION, FULL_LOG).andExpect(status().isOk());
        Document plan = Jsoup.parse(mvc.perform(get("/plans/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(plan.select("form[action*=/log]")).as("no log form on the plan page itself").isEmpty();
        assertThat(plan.select("#session-" + SESSION + " .log-summary").text()).contains("Done", "effort 7/10");
        assertThat(plan.select("#session-" + SESSION + " a.log-link").attr("href"))
                .isEqualTo("/plans/" + token + "/sessions/" + SESSION);
        assertThat(plan.select("article.session a.log-link")).hasSize(plan.select("article.session").size());
        assertThat(plan.select("#session-" + SESSION + " a.log-link").text()).isEqualTo("Change the log");
        assertThat(plan.select("article.session:not(#session-" + SESSION + ") a.log-link").eachText())
                .isNotEmpty().containsOnly("Log this session");
        assertThat(plan.select("article.session .log-summary")).as("only the logged session is summed up").hasSize(1);
        String longRun = plan.select(".long-run a.log-link").first().attr("href");
        assertThat(longRun).isEqualTo("/plans/" + token + "/long-runs/2026-12-27");

        Document session = Jsoup.parse(mvc.perform(get("/plans/" + token + "/sessions/" + SESSION))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(session.select("h1").text()).contains("Sun 27 Dec 2026", "Heavy");
        assertThat(session.select("table.exercises tbody tr")).isNotEmpty();
        assertThat(session.select("form[action=/plans/" + token + "/sessions/" + SESSION + "/log]")).hasSize(1);
        assertThat(session.select("#log-" + SESSION + "-status-DONE").hasAttr("checked")).isTrue();
        assertThat(session.select("p.back a").attr("href"))
                .isEqualTo("/plans/" + token + "#session-" + SESSION);

        Document run = Jsoup.parse(mvc.perform(get(longRun)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(run.select("form[action=/plans/" + token + "/long-runs/2026-12-27/log]")).hasSize(1);
        assertThat(run.select("p.back a").attr("href"))
                .isEqualTo("/plans/" + token + "#long-run-2026-12-27");
    }

    @Test
    void a_session_or_long_run_the_plan_does_not_have_is_not_found() throws Exception {
        mvc.perform(get("/plans/" + token + "/sessions/2026-12-28-heavy")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + token + "/long-runs/2026-12-28")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/nope/sessions/" + SESSION)).andExpect(status().isNotFound());
    }

    @Test
    void two_identical_puts_at_the_same_moment_give_200_or_409_and_one_log() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        ExecutorService twoTabs = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(twoTabs.submit(() -> {
                    start.await();
                    return putLog(SESSION, FULL_LOG).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).allMatch(s -> s == 200 || s == 409).contains(200);
        } finally {
            twoTabs.shutdownNow();
        }
        assertThat(rows(token, SESSION)).isEqualTo(1);
        assertThat(row(token, SESSION).get("LOG_STATUS")).isEqualTo("DONE");
        assertThat(row(token, SESSION).get("LOG_RPE")).isEqualTo(7);
    }

    @Test
    void a_cramp_logged_without_its_timing_still_shows_on_the_plan_page() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        // The API (and the form, whose "When?" has an empty choice) accept a cramp without a timing.
        putLog(SESSION, "{\"status\": \"DONE\", \"cramp\": {\"muscle\": \"CALF\"}}").andExpect(status().isOk());
        assertThat(logOf(SESSION).get("cramp").get("muscle").stringValue()).isEqualTo("CALF");
        // Once failed with 500: the cramp log rendered the missing timing through Wording.label(null).
        String page = mvc.perform(get("/plans/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select("svg.cramp-timeline circle.cramp-dot")).hasSize(1);
        assertThat(html.select("svg.cramp-timeline").attr("aria-label")).startsWith("1 cramp logged between");
        assertThat(html.select(".cramp-log li").text()).contains("Sun 27 Dec 2026", "Calf");
    }
}
