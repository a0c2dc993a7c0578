package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.tracking.MovableClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Shared set-up of the coach tests: the whole app on a movable clock (today 2026-11-21 unless a
 * test moves it). The database lives as long as the context, so every test signs up coaches with
 * emails of its own and only looks at those coaches' rosters.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.class)
abstract class CoachMvc {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final String PASSWORD = "correct horse battery";
    /** The first heavy session of the api.md example plan (block from 2026-12-27). */
    static final String HEAVY = "2026-12-27-heavy";

    static final String PLAN = """
            {"runnerName": "%s", "raceName": "Valencia Marathon", "raceDate": "%s",
             "weeklyMileage": 35.5, "mileageUnit": "MILES", "longRunDay": "SUNDAY", "speedDay": "WEDNESDAY",
             "crampMuscles": ["CALF", "HAMSTRING"], "crampFrequency": "MOST_RACES", "crampOnset": 20,
             "liftingExperience": "SOME", "equipment": "GYM", "preferredStartWeeks": 16, "coachCode": %s}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock.Today today;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void backToToday() {
        today.moveTo(TODAY);
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Signs a coach up through the form; returns the email. */
    String signUp(String name, String email) throws Exception {
        mvc.perform(post("/coach/sign-up").with(csrf()).param("name", name).param("email", email)
                .param("password", PASSWORD)).andExpect(status().isSeeOther());
        return email;
    }

    String newCoach(String name) throws Exception {
        return signUp(name, uniqueEmail(name.toLowerCase().replace(' ', '-')));
    }

    String codeOf(String email) {
        return jdbc.queryForObject("select invite_code from coach where email = ?", String.class, email);
    }

    int coachesWith(String email) {
        return jdbc.queryForObject("select count(*) from coach where lower(email) = lower(?)", Integer.class, email);
    }

    static RequestPostProcessor as(String email) {
        return user(email).roles("COACH");
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A plan made through the JSON API, joined to the coach with this code (or none). */
    String planFor(String runnerName, String code) throws Exception {
        return planFor(runnerName, "2027-04-18", code);
    }

    String planFor(String runnerName, String raceDate, String code) throws Exception {
        MvcResult made = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .content(PLAN.formatted(runnerName, raceDate, code == null ? "null" : "\"" + code + "\"")))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(made.getResponse().getContentAsString()).get("token").stringValue();
    }

    /** The runner's plan form (as in PlanPagesTest), without a coach code. */
    static MockHttpServletRequestBuilder planForm(String runnerName) {
        return planForm("/plans", runnerName);
    }

    /** The same answers posted to this path (e.g. a plan's edit form). */
    static MockHttpServletRequestBuilder planForm(String path, String runnerName) {
        return post(path).with(csrf())
                .param("runnerName", runnerName).param("raceName", "Valencia Marathon")
                .param("raceDate", "2027-04-18").param("raceDistance", "MARATHON").param("weeklyMileage", "35.5")
                .param("mileageUnit", "MILES").param("longRunDay", "SUNDAY").param("speedDay", "WEDNESDAY")
                .param("crampMuscles", "CALF", "HAMSTRING").param("crampFrequency", "MOST_RACES")
                .param("crampOnset", "20").param("fluidsAlreadyChanged", "true").param("liftingExperience", "SOME")
                .param("equipment", "GYM").param("raceConditions", "HOT").param("preferredStartWeeks", "16");
    }

    String keyOf(String token) {
        return jdbc.queryForObject("select athlete_key from plan where token = ?", String.class, token);
    }

    static Document html(ResultActions answer) throws Exception {
        return Jsoup.parse(answer.andReturn().getResponse().getContentAsString());
    }

    Document rosterPage(String email, String query) throws Exception {
        return html(mvc.perform(get("/coach" + query).with(as(email))).andExpect(status().isOk()));
    }

    static List<String> names(Document roster) {
        return roster.select("table.roster tbody tr th a").eachText();
    }

    /** The roster row of this runner; td cells: race, weeks, phase, completion, cramp, second day, unread. */
    static Element row(Document roster, String runnerName) {
        Element found = roster.select("table.roster tbody tr").stream()
                .filter(tr -> tr.select("th a").text().equals(runnerName)).findFirst().orElse(null);
        assertThat(found).as("roster row of " + runnerName).isNotNull();
        return found;
    }

    JsonNode runnerPlan(String token) throws Exception {
        return json.readTree(mvc.perform(get("/api/plans/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    Document runnerPage(String token) throws Exception {
        return html(mvc.perform(get("/plans/" + token)).andExpect(status().isOk()));
    }

    Document reviewPage(String email, String key) throws Exception {
        return html(mvc.perform(get("/coach/athletes/" + key).with(as(email))).andExpect(status().isOk()));
    }

    ResultActions putLog(String token, String sessionId, String body) throws Exception {
        return mvc.perform(put("/api/plans/" + token + "/sessions/" + sessionId + "/log")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static List<JsonNode> sessions(JsonNode plan) {
        List<JsonNode> sessions = new ArrayList<>();
        plan.get("weeks").values().forEach(week -> week.get("sessions").values().forEach(sessions::add));
        return sessions;
    }

    static JsonNode session(JsonNode plan, String id) {
        return sessions(plan).stream().filter(s -> s.get("id").stringValue().equals(id)).findFirst().orElseThrow();
    }
}
