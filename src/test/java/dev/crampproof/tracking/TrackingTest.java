package dev.crampproof.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A runner follows the api.md example plan (made 2026-11-21; block from 2026-12-27, week 3's
 * long run 2027-01-10, second double day from 2027-01-13) through logs, the check-in, the
 * calendar, a change of answers and deletion.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.class)
class TrackingTest {

    static final String EXAMPLE = """
            {"runnerName": "Ana Ruiz", "raceName": "Valencia Marathon", "raceDate": "2027-04-18",
             "weeklyMileage": 35.5, "mileageUnit": "MILES", "longRunDay": "SUNDAY", "speedDay": "WEDNESDAY",
             "crampMuscles": ["CALF", "HAMSTRING"], "crampFrequency": "MOST_RACES", "crampOnset": 20,
             "liftingExperience": "SOME", "equipment": "GYM", "preferredStartWeeks": 16}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock.Today today;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private String token;

    @BeforeEach
    void makeThePlan() throws Exception {
        today.moveTo(LocalDate.of(2026, 11, 21));
        MvcResult made = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content(EXAMPLE))
                .andExpect(status().isCreated()).andReturn();
        token = json.readTree(made.getResponse().getContentAsString()).get("token").stringValue();
    }

    @Test
    void a_log_is_stored_replaced_and_shown_and_bad_logs_change_nothing() throws Exception {
        String other = otherPlanToken();
        today.moveTo(LocalDate.of(2026, 12, 28));
        putLog("2026-12-27-heavy", """
                {"status": "DONE", "rpe": 7, "note": "tired legs", "cramp": {"muscle": "CALF", "timing": "DURING"}}""")
                .andExpect(status().isOk());
        putLog("2026-12-27-heavy", """
                {"status": "DONE", "rpe": 8}""").andExpect(status().isOk());
        JsonNode log = session(plan(), "2026-12-27-heavy").get("log");
        assertThat(log.get("status").stringValue()).isEqualTo("DONE");
        assertThat(log.get("rpe").intValue()).isEqualTo(8);
        assertThat(log.get("cramp").isNull()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from strength_session s join plan p on s.plan_id = p.id "
                + "where p.token = ? and s.session_key = ?", Integer.class, token, "2026-12-27-heavy")).isEqualTo(1);

        for (String bad : List.of("{\"status\": \"DONE\", \"rpe\": 0}", "{\"status\": \"DONE\", \"rpe\": 11}",
                "{\"status\": \"DONE\", \"note\": \"" + "x".repeat(10_000) + "\"}", "{\"status\": \"FINISHED\"}",
                "{\"status\": ")) {
            MockHttpServletResponse answer = putLog("2026-12-27-heavy", bad).andReturn().getResponse();
            assertThat(answer.getStatus()).as(bad).isEqualTo(400);
            assertThat(answer.getContentType()).isEqualTo("application/problem+json");
        }
        putLog("2027-01-03-heavy", "{\"status\": \"DONE\"}").andExpect(status().isBadRequest());
        putLog("2099-01-01-heavy", "{\"status\": \"DONE\"}").andExpect(status().isNotFound());
        assertThat(session(plan(), "2026-12-27-heavy").get("log").get("rpe").intValue()).isEqualTo(8);
        assertThat(session(plan(), "2027-01-03-heavy").get("log").get("status").stringValue()).isEqualTo("PLANNED");

        mvc.perform(put("/api/plans/" + other + "/sessions/2026-12-27-heavy/log")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"SKIPPED\"}")).andExpect(status().isOk());
        assertThat(session(plan(), "2026-12-27-heavy").get("log").get("status").stringValue()).isEqualTo("DONE");
    }

    @Test
    void double_submits_at_the_same_moment_leave_one_log_and_never_fail_with_5xx() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        ExecutorService twoTabs = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int rpe : List.of(6, 7)) {
                answers.add(twoTabs.submit(() -> {
                    start.await();
                    return putLog("2026-12-27-heavy", "{\"status\": \"DONE\", \"rpe\": " + rpe + "}")
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isIn(200, 409);
            }
        } finally {
            twoTabs.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from strength_session s join plan p on s.plan_id = p.id "
                + "where p.token = ? and s.session_key = ? and s.log_status = 'DONE'", Integer.class, token,
                "2026-12-27-heavy")).isEqualTo(1);
        assertThat(session(plan(), "2026-12-27-heavy").get("log").get("rpe").intValue()).isIn(6, 7);
    }

    @Test
    void a_log_form_with_a_bad_effort_shows_the_message_beside_the_session_and_stores_nothing() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        MvcResult posted = mvc.perform(post("/plans/" + token + "/sessions/2026-12-27-heavy/log").with(csrf())
                .param("status", "DONE").param("rpe", "11")).andExpect(status().isSeeOther()).andReturn();
        String page = mvc.perform(get("/plans/" + token).flashAttrs(posted.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#session-2026-12-27-heavy .error").text()).contains("1 (easy) to 10");
        assertThat(session(plan(), "2026-12-27-heavy").get("log").get("status").stringValue()).isEqualTo("PLANNED");
    }

    @Test
    void the_week_3_check_in_opens_on_week_3s_long_run_and_turns_the_second_day_on() throws Exception {
        checkIn(true).andExpect(status().isConflict());
        assertThat(plan().get("secondDay").stringValue()).isEqualTo("PENDING");

        today.moveTo(LocalDate.of(2027, 1, 10));
        for (String day : List.of("2026-12-27", "2027-01-03")) {
            putLog(day + "-heavy", "{\"status\": \"DONE\"}").andExpect(status().isOk());
        }
        assertThat(plan().get("checkIn").get("suggestsYes").booleanValue()).isTrue();
        checkIn(false).andExpect(status().isOk());
        assertThat(plan().get("secondDay").stringValue()).isEqualTo("OFF");
        assertThat(session(plan(), "2027-01-13-heavy").get("conditional").booleanValue()).isTrue();

        today.moveTo(LocalDate.of(2027, 1, 17));
        checkIn(true).andExpect(status().isOk());
        JsonNode plan = plan();
        assertThat(plan.get("secondDay").stringValue()).isEqualTo("ON");
        sessions(plan).forEach(session -> assertThat(session.get("conditional").booleanValue()).isFalse());
    }

    @Test
    void the_calendar_file_holds_every_session_and_the_race_with_stable_uids() throws Exception {
        String ics = mvc.perform(get("/plans/" + token + "/calendar.ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<JsonNode> sessions = sessions(plan());
        assertThat(events).hasSize(sessions.size() + 1);
        Set<String> uids = new HashSet<>();
        List<LocalDate> dates = new ArrayList<>();
        for (VEvent event : events) {
            uids.add(event.getUid().orElseThrow().getValue());
            dates.add(LocalDate.from(event.getStartDate().orElseThrow().getDate()));
        }
        assertThat(uids).hasSize(events.size()).noneMatch(uid -> uid.contains(token));
        for (JsonNode session : sessions) {
            assertThat(dates).contains(LocalDate.parse(session.get("date").stringValue()));
        }
        assertThat(dates).contains(LocalDate.of(2027, 4, 18));
        String page = mvc.perform(get("/plans/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("a[href^=webcal://]").attr("href")).endsWith("/plans/" + token + "/calendar.ics");
        String again = mvc.perform(get("/plans/" + token + "/calendar.ics")).andReturn().getResponse().getContentAsString();
        assertThat(again.lines().filter(line -> line.startsWith("UID")).toList())
                .isEqualTo(ics.lines().filter(line -> line.startsWith("UID")).toList());
    }

    @Test
    void deleting_a_plan_leaves_no_row_of_it_and_spares_other_plans() throws Exception {
        String other = otherPlanToken();
        today.moveTo(LocalDate.of(2027, 1, 10));
        putLog("2026-12-27-heavy", "{\"status\": \"DONE\", \"cramp\": {\"muscle\": \"CALF\"}}").andExpect(status().isOk());
        mvc.perform(post("/plans/" + token + "/long-runs/2026-12-27/log").with(csrf()).param("status", "DONE")
                .param("distance", "18").param("cramped", "true").param("crampAt", "16"))
                .andExpect(status().isSeeOther());
        checkIn(true).andExpect(status().isOk());
        long planId = jdbc.queryForObject("select id from plan where token = ?", Long.class, token);
        assertThat(rowsOf(planId)).allMatch(count -> count > 0);

        mvc.perform(get("/plans/" + token + "/delete")).andExpect(status().isOk());
        mvc.perform(post("/plans/" + token + "/delete").with(csrf())).andExpect(status().isSeeOther());
        assertThat(rowsOf(planId)).containsOnly(0);
        mvc.perform(get("/api/plans/" + token)).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + other)).andExpect(status().isOk());
        mvc.perform(delete("/api/plans/" + other)).andExpect(status().isNoContent());
        mvc.perform(get("/api/plans/" + other)).andExpect(status().isNotFound());
    }

    @Test
    void changing_answers_keeps_the_past_and_the_logs_and_rewrites_the_sessions_ahead() throws Exception {
        today.moveTo(LocalDate.of(2027, 1, 12));
        putLog("2027-01-10-heavy", "{\"status\": \"DONE\", \"rpe\": 6}").andExpect(status().isOk());
        mvc.perform(post("/plans/" + token + "/edit").with(csrf())
                .param("runnerName", "Ana Ruiz").param("raceDate", "2027-05-02").param("raceDistance", "MARATHON")
                .param("weeklyMileage", "35.5").param("mileageUnit", "MILES").param("longRunDay", "SUNDAY")
                .param("speedDay", "WEDNESDAY").param("crampMuscles", "CALF", "HAMSTRING", "QUAD")
                .param("crampFrequency", "MOST_RACES").param("liftingExperience", "SOME").param("equipment", "GYM")
                .param("preferredStartWeeks", "16")).andExpect(status().isSeeOther());
        JsonNode plan = plan();
        assertThat(plan.get("raceDate").stringValue()).isEqualTo("2027-05-02");
        assertThat(session(plan, "2027-01-10-heavy").get("log").get("rpe").intValue()).isEqualTo(6);
        assertThat(session(plan, "2026-12-27-heavy")).isNotNull();
        JsonNode ahead = session(plan, "2027-01-24-heavy");
        assertThat(ahead.get("exercises").toString()).contains("Step-up");
        assertThat(session(plan, "2027-01-10-heavy").get("exercises").toString()).doesNotContain("Step-up");

        mvc.perform(post("/plans/" + token + "/unit").with(csrf()).param("unit", "KILOMETERS"))
                .andExpect(status().isSeeOther());
        assertThat(plan().get("weeklyMileage").decimalValue()).isEqualByComparingTo("57.1");
    }

    private List<Integer> rowsOf(long planId) {
        List<Integer> counts = new ArrayList<>();
        for (String table : List.of("plan_cramp_muscle", "plan_race_condition", "strength_session", "check_in",
                "long_run_log")) {
            if (!table.equals("plan_race_condition")) {
                counts.add(jdbc.queryForObject("select count(*) from " + table + " where plan_id = ?", Integer.class,
                        planId));
            }
        }
        counts.add(jdbc.queryForObject("select count(*) from plan where id = ?", Integer.class, planId));
        counts.add(jdbc.queryForObject("select count(*) from prescribed_exercise e join strength_session s "
                + "on e.session_id = s.id where s.plan_id = ?", Integer.class, planId));
        return counts;
    }

    private String otherPlanToken() throws Exception {
        MvcResult made = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content(EXAMPLE))
                .andReturn();
        return json.readTree(made.getResponse().getContentAsString()).get("token").stringValue();
    }

    private org.springframework.test.web.servlet.ResultActions putLog(String sessionId, String body) throws Exception {
        return mvc.perform(put("/api/plans/" + token + "/sessions/" + sessionId + "/log")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private org.springframework.test.web.servlet.ResultActions checkIn(boolean wentWell) throws Exception {
        return mvc.perform(post("/api/plans/" + token + "/check-in").contentType(MediaType.APPLICATION_JSON)
                .content("{\"wentWell\": " + wentWell + "}"));
    }

    private JsonNode plan() throws Exception {
        return json.readTree(mvc.perform(get("/api/plans/" + token)).andReturn().getResponse().getContentAsString());
    }

    private static List<JsonNode> sessions(JsonNode plan) {
        List<JsonNode> sessions = new ArrayList<>();
        plan.get("weeks").values().forEach(week -> week.get("sessions").values().forEach(sessions::add));
        return sessions;
    }

    private static JsonNode session(JsonNode plan, String id) {
        return sessions(plan).stream().filter(s -> s.get("id").stringValue().equals(id)).findFirst().orElse(null);
    }
}
