package dev.crampproof.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Shared set-up of the tracking tests: the whole app on a movable clock, and the api.md example
 * plan made on 2026-11-21 (block from 2026-12-27, week-3 long run 2027-01-10, second double day
 * from 2027-01-13).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.class)
abstract class TrackingMvc {

    static final LocalDate MADE_ON = LocalDate.of(2026, 11, 21);

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

    final ObjectMapper json = new ObjectMapper();
    String token;

    @BeforeEach
    void makeThePlan() throws Exception {
        today.moveTo(MADE_ON);
        token = makePlan();
    }

    String makePlan() throws Exception {
        MvcResult made = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content(EXAMPLE))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(made.getResponse().getContentAsString()).get("token").stringValue();
    }

    ResultActions putLog(String planToken, String sessionId, String body) throws Exception {
        return mvc.perform(put("/api/plans/" + planToken + "/sessions/" + sessionId + "/log")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions putLog(String sessionId, String body) throws Exception {
        return putLog(token, sessionId, body);
    }

    ResultActions checkIn(String body) throws Exception {
        return mvc.perform(post("/api/plans/" + token + "/check-in").contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    JsonNode plan() throws Exception {
        return plan(token);
    }

    JsonNode plan(String planToken) throws Exception {
        String body = mvc.perform(get("/api/plans/" + planToken)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    JsonNode read(ResultActions answer) throws Exception {
        return json.readTree(answer.andReturn().getResponse().getContentAsString());
    }

    static List<JsonNode> sessions(JsonNode plan) {
        List<JsonNode> sessions = new ArrayList<>();
        plan.get("weeks").values().forEach(week -> week.get("sessions").values().forEach(sessions::add));
        return sessions;
    }

    static JsonNode session(JsonNode plan, String id) {
        JsonNode found = sessions(plan).stream().filter(s -> s.get("id").stringValue().equals(id)).findFirst()
                .orElse(null);
        assertThat(found).as("session " + id).isNotNull();
        return found;
    }

    JsonNode logOf(String id) throws Exception {
        return session(plan(), id).get("log");
    }

    long planId(String planToken) {
        return jdbc.queryForObject("select id from plan where token = ?", Long.class, planToken);
    }
}
