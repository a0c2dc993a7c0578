package dev.crampproof.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** Changing a plan's answers, switching its unit and deleting it. */
class ChangeAndDeleteTest extends TrackingMvc {

    static final LocalDate MID_BLOCK = LocalDate.of(2027, 1, 12);

    /** The edit form with every answer of the plan, some replaced (MockMvc's param adds values). */
    private MockHttpServletRequestBuilder editForm(Map<String, String[]> changes) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("runnerName", new String[] {"Ana Ruiz"});
        fields.put("raceName", new String[] {"Valencia Marathon"});
        fields.put("raceDate", new String[] {"2027-04-18"});
        fields.put("raceDistance", new String[] {"MARATHON"});
        fields.put("weeklyMileage", new String[] {"35.5"});
        fields.put("mileageUnit", new String[] {"MILES"});
        fields.put("longRunDay", new String[] {"SUNDAY"});
        fields.put("speedDay", new String[] {"WEDNESDAY"});
        fields.put("crampMuscles", new String[] {"CALF", "HAMSTRING"});
        fields.put("crampFrequency", new String[] {"MOST_RACES"});
        fields.put("crampOnset", new String[] {"20"});
        fields.put("liftingExperience", new String[] {"SOME"});
        fields.put("equipment", new String[] {"GYM"});
        fields.put("preferredStartWeeks", new String[] {"16"});
        fields.putAll(changes);
        MockHttpServletRequestBuilder form = post("/plans/" + token + "/edit").with(csrf());
        fields.forEach(form::param);
        return form;
    }

    private static boolean hasStepUp(JsonNode session) {
        for (JsonNode exercise : session.get("exercises").values()) {
            if (exercise.get("name").stringValue().equals("Step-up")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void an_edit_keeps_the_past_and_every_log_and_rewrites_the_sessions_ahead() throws Exception {
        today.moveTo(MID_BLOCK);
        putLog("2027-01-10-heavy", "{\"status\": \"DONE\", \"rpe\": 6, \"note\": \"solid\"}").andExpect(status().isOk());
        putLog("2026-12-27-light", "{\"status\": \"SKIPPED\"}").andExpect(status().isOk());
        Map<String, JsonNode> past = sessions(plan()).stream()
                .filter(s -> LocalDate.parse(s.get("date").stringValue()).isBefore(MID_BLOCK))
                .collect(Collectors.toMap(s -> s.get("id").stringValue(), s -> s, (a, b) -> a, LinkedHashMap::new));
        assertThat(past).containsKeys("2026-12-27-heavy", "2027-01-03-heavy", "2027-01-10-heavy");

        mvc.perform(editForm(Map.of("raceDate", new String[] {"2027-05-02"},
                "crampMuscles", new String[] {"CALF", "HAMSTRING", "QUAD"})))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/plans/" + token));

        JsonNode plan = plan();
        assertThat(plan.get("raceDate").stringValue()).isEqualTo("2027-05-02");
        assertThat(plan.get("crampMuscles").toString()).contains("QUAD");
        List<JsonNode> sessions = sessions(plan);
        assertThat(sessions.stream().map(s -> s.get("id").stringValue()).distinct().count())
                .as("session ids unique").isEqualTo(sessions.size());
        past.forEach((id, before) -> assertThat(session(plan, id)).as(id).isEqualTo(before));
        assertThat(session(plan, "2027-01-10-heavy").get("log").get("rpe").intValue()).isEqualTo(6);
        assertThat(session(plan, "2027-01-10-heavy").get("log").get("note").stringValue()).isEqualTo("solid");
        assertThat(session(plan, "2026-12-27-light").get("log").get("status").stringValue()).isEqualTo("SKIPPED");

        List<JsonNode> ahead = sessions.stream()
                .filter(s -> !LocalDate.parse(s.get("date").stringValue()).isBefore(MID_BLOCK)).toList();
        assertThat(ahead).isNotEmpty().allMatch(ChangeAndDeleteTest::hasStepUp);
        assertThat(past.values()).noneMatch(ChangeAndDeleteTest::hasStepUp);
        // the block now ends 3 weeks before the later race
        assertThat(ahead.get(ahead.size() - 1).get("date").stringValue()).isGreaterThan("2027-03-28");
    }

    @Test
    void an_invalid_edit_shows_the_form_with_the_error_and_changes_nothing() throws Exception {
        JsonNode before = plan();
        String page = mvc.perform(editForm(Map.of("raceDate", new String[] {""}, "weeklyMileage", new String[] {"40"})))
                .andExpect(status().isOk()).andExpect(view().name("runner/edit"))
                .andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.select(".error").text()).isNotBlank();
        assertThat(form.select("[name=weeklyMileage]").attr("value")).isEqualTo("40");
        assertThat(plan()).isEqualTo(before);
    }

    private Map<String, Integer> rows(long planId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("plan", count("select count(*) from plan where id = ?", planId));
        for (String table : List.of("plan_cramp_muscle", "plan_race_condition", "strength_session", "check_in",
                "long_run_log")) {
            counts.put(table, count("select count(*) from " + table + " where plan_id = ?", planId));
        }
        return counts;
    }

    private int count(String sql, long planId) {
        return jdbc.queryForObject(sql, Integer.class, planId);
    }

    private String makePlanInTheHeat() throws Exception {
        MvcResult made = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .content(EXAMPLE.replace("\"preferredStartWeeks\": 16", "\"preferredStartWeeks\": 16, \"raceConditions\": [\"HOT\"]")))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(made.getResponse().getContentAsString()).get("token").stringValue();
    }

    @Test
    void deleting_after_confirmation_leaves_no_row_of_the_plan_and_spares_other_plans() throws Exception {
        token = makePlanInTheHeat();
        String other = makePlanInTheHeat();
        today.moveTo(LocalDate.of(2027, 1, 10));
        for (String t : List.of(token, other)) {
            putLog(t, "2026-12-27-heavy", "{\"status\": \"DONE\", \"rpe\": 7, \"cramp\": {\"muscle\": \"CALF\", \"timing\": \"DURING\"}}")
                    .andExpect(status().isOk());
            mvc.perform(post("/plans/" + t + "/long-runs/2026-12-27/log").with(csrf()).param("status", "DONE")
                    .param("distance", "18").param("cramped", "true").param("crampAt", "16"))
                    .andExpect(status().isSeeOther());
            mvc.perform(post("/api/plans/" + t + "/check-in").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"wentWell\": true}")).andExpect(status().isOk());
        }
        long planId = planId(token);
        long otherId = planId(other);
        assertThat(rows(planId).values()).as(rows(planId).toString()).allMatch(n -> n > 0);
        Map<String, Integer> otherBefore = rows(otherId);

        Document confirm = Jsoup.parse(mvc.perform(get("/plans/" + token + "/delete")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(confirm.select("form[method=post]").attr("action")).isEqualTo("/plans/" + token + "/delete");
        assertThat(rows(planId).get("plan")).isEqualTo(1);

        mvc.perform(post("/plans/" + token + "/delete").with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/"));
        mvc.perform(get("/plans/" + token)).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + token)).andExpect(status().isNotFound());
        assertThat(rows(planId).values()).as(rows(planId).toString()).containsOnly(0);
        assertThat(rows(otherId)).isEqualTo(otherBefore);
        assertThat(plan(other).get("secondDay").stringValue()).isEqualTo("ON");
    }

    @Test
    void the_api_deletes_with_204_and_the_plan_is_gone() throws Exception {
        mvc.perform(delete("/api/plans/" + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/plans/" + token)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/plans/" + token)).andExpect(status().isNotFound());
    }

    @Test
    void switching_to_kilometres_converts_the_mileage_and_the_long_run_logs() throws Exception {
        today.moveTo(LocalDate.of(2026, 12, 28));
        mvc.perform(post("/plans/" + token + "/long-runs/2026-12-27/log").with(csrf()).param("status", "DONE")
                .param("distance", "18").param("cramped", "true").param("crampAt", "16"))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/plans/" + token + "/unit").with(csrf()).param("unit", "KILOMETERS"))
                .andExpect(status().isSeeOther());
        JsonNode plan = plan();
        assertThat(plan.get("mileageUnit").stringValue()).isEqualTo("KILOMETERS");
        assertThat(plan.get("weeklyMileage").decimalValue()).isEqualByComparingTo("57.1");
        assertThat(plan.get("crampOnset").decimalValue()).isEqualByComparingTo("32.2");
        Map<String, Object> run = jdbc.queryForMap("select distance, cramp_at from long_run_log where plan_id = ?",
                planId(token));
        assertThat((BigDecimal) run.get("DISTANCE")).isEqualByComparingTo("29.0");
        assertThat((BigDecimal) run.get("CRAMP_AT")).isEqualByComparingTo("25.7");
    }
}
