package dev.crampproof.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** S3: the week-3 check-in opens on week 3's long run (2027-01-10) and switches the second double day. */
class CheckInTest extends TrackingMvc {

    static final LocalDate OPENS = LocalDate.of(2027, 1, 10);

    private static List<JsonNode> speedSessions(JsonNode plan) {
        List<JsonNode> speed = sessions(plan).stream()
                .filter(s -> s.get("anchor").stringValue().equals("SPEED")).toList();
        assertThat(speed).isNotEmpty();
        return speed;
    }

    private int checkInRows() {
        return jdbc.queryForObject("select count(*) from check_in where plan_id = ?", Integer.class, planId(token));
    }

    @Test
    void before_week_3s_long_run_the_check_in_is_refused_with_409_and_changes_nothing() throws Exception {
        JsonNode before = plan();
        for (LocalDate day : List.of(MADE_ON, OPENS.minusDays(1))) {
            today.moveTo(day);
            MockHttpServletResponse answer = checkIn("{\"wentWell\": true}").andReturn().getResponse();
            assertThat(answer.getStatus()).as(day.toString()).isEqualTo(409);
            assertThat(answer.getContentType()).startsWith("application/problem+json");
        }
        JsonNode after = plan();
        assertThat(after.get("secondDay").stringValue()).isEqualTo("PENDING");
        assertThat(after.get("checkIn").get("opensOn").stringValue()).isEqualTo("2027-01-10");
        assertThat(after.get("checkIn").get("open").booleanValue()).isFalse();
        speedSessions(after).forEach(s -> assertThat(s.get("conditional").booleanValue()).isTrue());
        assertThat(after.get("weeks")).isEqualTo(before.get("weeks"));
        assertThat(checkInRows()).isZero();
    }

    @Test
    void yes_on_the_opening_day_turns_every_speed_session_on() throws Exception {
        today.moveTo(OPENS);
        assertThat(plan().get("checkIn").get("open").booleanValue()).isTrue();
        JsonNode answer = read(checkIn("{\"wentWell\": true}").andExpect(status().isOk()));
        assertThat(answer.get("secondDay").stringValue()).isEqualTo("ON");
        JsonNode plan = plan();
        assertThat(plan.get("secondDay").stringValue()).isEqualTo("ON");
        speedSessions(plan).forEach(s -> assertThat(s.get("conditional").booleanValue()).as(s.get("id").stringValue())
                .isFalse());
        assertThat(checkInRows()).isEqualTo(1);
    }

    @Test
    void not_yet_keeps_speed_sessions_conditional_and_a_later_yes_turns_them_on() throws Exception {
        today.moveTo(OPENS.plusDays(1));
        checkIn("{\"wentWell\": false}").andExpect(status().isOk());
        JsonNode plan = plan();
        assertThat(plan.get("secondDay").stringValue()).isEqualTo("OFF");
        speedSessions(plan).forEach(s -> assertThat(s.get("conditional").booleanValue()).isTrue());

        today.moveTo(LocalDate.of(2027, 1, 24));
        checkIn("{\"wentWell\": true}").andExpect(status().isOk());
        plan = plan();
        assertThat(plan.get("secondDay").stringValue()).isEqualTo("ON");
        speedSessions(plan).forEach(s -> assertThat(s.get("conditional").booleanValue()).isFalse());
        assertThat(checkInRows()).isEqualTo(2);
    }

    @Test
    void two_good_double_days_of_the_first_three_pre_select_yes_and_one_does_not() throws Exception {
        today.moveTo(OPENS);
        putLog("2026-12-27-heavy", "{\"status\": \"DONE\", \"rpe\": 6}").andExpect(status().isOk());
        assertThat(plan().get("checkIn").get("suggestsYes").booleanValue()).isFalse();
        assertThat(radio("went-well-yes")).isFalse();
        assertThat(radio("went-well-no")).isTrue();

        // a cramped double day is not a good one
        putLog("2027-01-03-heavy", "{\"status\": \"DONE\", \"cramp\": {\"muscle\": \"CALF\", \"timing\": \"LATER\"}}")
                .andExpect(status().isOk());
        assertThat(plan().get("checkIn").get("suggestsYes").booleanValue()).isFalse();

        putLog("2027-01-10-heavy", "{\"status\": \"DONE\"}").andExpect(status().isOk());
        assertThat(plan().get("checkIn").get("suggestsYes").booleanValue()).isTrue();
        assertThat(radio("went-well-yes")).isTrue();
        assertThat(radio("went-well-no")).isFalse();
    }

    private boolean radio(String id) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/plans/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#" + id)).as(id).hasSize(1);
        return page.select("#" + id).hasAttr("checked");
    }

    /**
     * The form goes back to the plan at whatever token the address had; one with braces was
     * taken as a URI template by the redirect, a 500 (found by FuzzTrackingTest).
     */
    @Test
    void the_form_without_an_answer_redirects_to_the_address_it_came_from_encoded() throws Exception {
        mvc.perform(post("/plans/{token}/check-in", "{x}").with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/plans/%7Bx%7D#check-in"));
    }

    @Test
    void a_body_without_a_yes_or_no_is_a_400() throws Exception {
        today.moveTo(OPENS);
        for (String body : List.of("{}", "{\"wentWell\": null}", "{\"wentWell\": \"yes\"}")) {
            MockHttpServletResponse answer = checkIn(body).andReturn().getResponse();
            assertThat(answer.getStatus()).as(body).isEqualTo(400);
            assertThat(answer.getContentType()).startsWith("application/problem+json");
            assertThat(answer.getContentAsString()).contains("wentWell");
        }
        assertThat(plan().get("secondDay").stringValue()).isEqualTo("PENDING");
        assertThat(checkInRows()).isZero();
    }
}
