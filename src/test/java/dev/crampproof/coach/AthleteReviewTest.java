package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The coach's review of one athlete: comments, bounded adjustments, second day, reviewed, audit. */
class AthleteReviewTest extends CoachMvc {

    @Test
    void review_comments_on_plan_and_session_reach_the_runner_and_the_runner_replies() throws Exception {
        String coach = newCoach("Coach Rae");
        String token = planFor("Ana Ruiz", codeOf(coach));
        String key = keyOf(token);

        comment(coach, key, null, "Great start, keep the squats deep.").andExpect(status().isSeeOther());
        comment(coach, key, HEAVY, "Film your first set, please.").andExpect(status().isSeeOther());
        mvc.perform(post("/coach/athletes/" + key + "/comments").with(as(coach)).with(csrf()).param("week", "2")
                .param("body", "Easy week for your legs.")).andExpect(status().isSeeOther());

        Document runner = runnerPage(token);
        assertThat(runner.select("#coach .comments li").text()).contains("Coach:", "Great start");
        assertThat(runner.select("#session-" + HEAVY + " .comments li").text()).contains("Coach:", "Film your first set");
        assertThat(runner.select("#week-2 > .comments li").text()).contains("Easy week for your legs.");
        assertThat(runner.select(".week > .comments")).as("no empty threads on the other weeks").hasSize(1);

        mvc.perform(post("/plans/" + token + "/comments").with(csrf()).param("body", "Will do!"))
                .andExpect(status().isSeeOther());
        assertThat(reviewPage(coach, key).select(".comments li").text()).contains("Runner:", "Will do!");
        assertThat(reviewPage(coach, key).select(".audit li").text()).contains("Coach Rae", "COMMENT");

        MvcResult empty = comment(coach, key, null, "   ").andReturn();
        assertThat(empty.getFlashMap().get("coachProblem")).isNotNull();
    }

    /**
     * Control characters (line breaks and tabs aside) in a comment were stored, and PostgreSQL
     * refuses NUL outright; a refused reply to a session that does not exist went back to an
     * address built from it, which failed for one with braces (both found by the fuzz tests).
     */
    @Test
    void review_comments_with_control_characters_are_refused_and_a_made_up_session_goes_back_encoded()
            throws Exception {
        String coach = newCoach("Coach Nul");
        String token = planFor("Nia Null", codeOf(coach));
        String key = keyOf(token);
        int before = jdbc.queryForObject("select count(*) from comment", Integer.class);

        MvcResult coachNul = comment(coach, key, null, "Good\u0000 work").andReturn();
        assertThat(coachNul.getFlashMap().get("coachProblem")).isNotNull();
        MvcResult runnerBell = mvc.perform(post("/plans/" + token + "/comments").with(csrf()).param("body", "Thanks\u0007"))
                .andExpect(status().isSeeOther()).andReturn();
        assertThat(runnerBell.getFlashMap().get("commentProblem")).isNotNull();
        MvcResult madeUp = mvc.perform(post("/plans/" + token + "/comments").with(csrf()).param("sessionId", "{x}")
                .param("body", "Which one?")).andExpect(status().isSeeOther()).andReturn();
        assertThat(madeUp.getFlashMap().get("commentProblem")).isNotNull();
        assertThat(madeUp.getResponse().getHeader("Location")).isEqualTo("/plans/" + token + "#session-%7Bx%7D");
        assertThat(jdbc.queryForObject("select count(*) from comment", Integer.class)).isEqualTo(before);

        comment(coach, key, null, "Two lines\n\tand a tab are fine.").andExpect(status().isSeeOther());
        assertThat(jdbc.queryForObject("select count(*) from comment", Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void review_adjustments_within_the_rules_bounds_are_stored_marked_and_audited() throws Exception {
        String coach = newCoach("Coach Lee");
        String token = planFor("Ben Ode", codeOf(coach));
        String key = keyOf(token);
        JsonNode before = session(runnerPlan(token), HEAVY).get("exercises").get(0);
        assertThat(before.get("pattern").stringValue()).isEqualTo("SQUAT");

        adjust(coach, key, 0, "GOBLET_SQUAT", 6, 4, 4).andExpect(status().isSeeOther());
        JsonNode after = session(runnerPlan(token), HEAVY).get("exercises").get(0);
        assertThat(after.get("name").stringValue()).isEqualTo("Goblet squat");
        assertThat(after.get("sets").intValue()).isEqualTo(6);
        assertThat(after.get("reps").get("min").intValue()).isEqualTo(4);
        assertThat(runnerPage(token).select("#session-" + HEAVY + " .adjusted").text())
                .contains("changed by your coach");
        assertThat(reviewPage(coach, key).select(".audit li").text()).contains("Coach Lee", "ADJUST", "GOBLET_SQUAT");

        for (Object[] bad : new Object[][] {{"GOBLET_SQUAT", 7, 4, 4}, {"GOBLET_SQUAT", 6, 4, 8},
                {"TRAP_BAR_DEADLIFT", 4, 5, 5}, {"GOBLET_SQUAT", 2, 4, 4}}) {
            MvcResult refused = adjust(coach, key, 0, (String) bad[0], (int) bad[1], (int) bad[2], (int) bad[3])
                    .andExpect(status().isSeeOther()).andReturn();
            assertThat(refused.getFlashMap().get("coachProblem")).as(java.util.Arrays.toString(bad)).isNotNull();
        }
        assertThat(session(runnerPlan(token), HEAVY).get("exercises").get(0)).isEqualTo(after);
        // The light session's bounds are L1's: 10-20 reps, 2-3 sets.
        adjust(coach, key, 0, "GOBLET_SQUAT", 3, 20, 20, "2026-12-27-light").andExpect(status().isSeeOther());
        assertThat(session(runnerPlan(token), "2026-12-27-light").get("exercises").get(0).get("sets").intValue())
                .isEqualTo(3);
        MvcResult heavyRepsOnLight = adjust(coach, key, 0, "GOBLET_SQUAT", 3, 5, 5, "2026-12-27-light").andReturn();
        assertThat(heavyRepsOnLight.getFlashMap().get("coachProblem")).isNotNull();
    }

    @Test
    void review_second_day_override_and_reviewed_marker() throws Exception {
        String coach = newCoach("Coach Ida");
        String token = planFor("Cleo Park", codeOf(coach));
        String key = keyOf(token);

        mvc.perform(post("/coach/athletes/" + key + "/second-day").with(as(coach)).with(csrf()).param("on", "true"))
                .andExpect(status().isSeeOther());
        JsonNode plan = runnerPlan(token);
        assertThat(plan.get("secondDay").stringValue()).isEqualTo("ON");
        sessions(plan).forEach(s -> assertThat(s.get("conditional").booleanValue()).isFalse());

        today.moveTo(LocalDate.of(2026, 12, 28));
        putLog(token, HEAVY, "{\"status\": \"DONE\"}").andExpect(status().isOk());
        assertThat(row(rosterPage(coach, ""), "Cleo Park").select(".unread")).isNotEmpty();
        mvc.perform(post("/coach/athletes/" + key + "/reviewed").with(as(coach)).with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(row(rosterPage(coach, ""), "Cleo Park").select(".unread")).isEmpty();
        assertThat(reviewPage(coach, key).select(".audit li").text()).contains("SECOND_DAY", "REVIEWED");
    }

    @Test
    void review_page_never_shows_the_runners_plan_token() throws Exception {
        String coach = newCoach("Coach Mo");
        String token = planFor("Dee Lux", codeOf(coach));
        String review = mvc.perform(get("/coach/athletes/" + keyOf(token)).with(as(coach)))
                .andReturn().getResponse().getContentAsString();
        String roster = mvc.perform(get("/coach").with(as(coach))).andReturn().getResponse().getContentAsString();
        assertThat(review).doesNotContain(token);
        assertThat(roster).doesNotContain(token);
    }

    private org.springframework.test.web.servlet.ResultActions comment(String coach, String key, String sessionId,
            String body) throws Exception {
        var request = post("/coach/athletes/" + key + "/comments").with(as(coach)).with(csrf()).param("body", body);
        if (sessionId != null) {
            request.param("sessionId", sessionId);
        }
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.ResultActions adjust(String coach, String key, int position,
            String exercise, int sets, int repsMin, int repsMax) throws Exception {
        return adjust(coach, key, position, exercise, sets, repsMin, repsMax, HEAVY);
    }

    private org.springframework.test.web.servlet.ResultActions adjust(String coach, String key, int position,
            String exercise, int sets, int repsMin, int repsMax, String sessionId) throws Exception {
        return mvc.perform(post("/coach/athletes/" + key + "/sessions/" + sessionId + "/exercises/" + position)
                .with(as(coach)).with(csrf()).param("exercise", exercise).param("sets", String.valueOf(sets))
                .param("repsMin", String.valueOf(repsMin)).param("repsMax", String.valueOf(repsMax)));
    }
}
