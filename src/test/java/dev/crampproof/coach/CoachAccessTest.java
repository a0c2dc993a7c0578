package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every coach URL needs a coach's sign-in, and another coach's athlete is a 404 that changes nothing. */
class CoachAccessTest extends CoachMvc {

    private String sessionOf(String token) {
        return jdbc.queryForObject("select s.session_key from strength_session s join plan p on s.plan_id = p.id"
                + " where p.token = ? order by s.session_date, s.session_key limit 1", String.class, token);
    }

    private List<MockHttpServletRequestBuilder> pageRequests(String key, String sessionId) {
        return List.of(
                get("/coach"),
                get("/coach/athletes/" + key),
                post("/coach/athletes/" + key + "/comments").with(csrf()).param("body", "hello"),
                post("/coach/athletes/" + key + "/sessions/" + sessionId + "/exercises/0").with(csrf())
                        .param("exercise", "GOBLET_SQUAT").param("sets", "6").param("repsMin", "4").param("repsMax", "4"),
                post("/coach/athletes/" + key + "/second-day").with(csrf()).param("on", "true"),
                post("/coach/athletes/" + key + "/reviewed").with(csrf()),
                post("/coach/invite-code").with(csrf()));
    }

    private List<MockHttpServletRequestBuilder> apiRequests(String key) {
        return List.of(get("/api/coach/athletes"), get("/api/coach/athletes/" + key));
    }

    private Map<String, Object> state(String token) {
        return jdbc.queryForMap("select p.second_day_on, p.reviewed_at, p.coach_id, p.athlete_key,"
                + " (select count(*) from audit_event e where e.plan_id = p.id) as audits,"
                + " (select count(*) from strength_session s"
                + "   where s.plan_id = p.id and s.exercises like '% coach%') as adjusted"
                + " from plan p where p.token = ?", token);
    }

    @Test
    void access_without_a_session_pages_redirect_to_sign_in_and_the_api_is_401() throws Exception {
        String email = newCoach("Owner Coach");
        String token = planFor("Private Runner", codeOf(email));
        String key = keyOf(token);
        String code = codeOf(email);
        Map<String, Object> before = state(token);
        for (MockHttpServletRequestBuilder request : pageRequests(key, sessionOf(token))) {
            mvc.perform(request).andExpect(status().isFound())
                    .andExpect(header().string("Location", endsWith("/coach/sign-in")));
        }
        for (MockHttpServletRequestBuilder request : apiRequests(key)) {
            mvc.perform(request).andExpect(status().isUnauthorized());
        }
        assertThat(state(token)).isEqualTo(before);
        assertThat(codeOf(email)).isEqualTo(code);
    }

    @Test
    void access_another_coachs_session_on_this_coachs_athlete_is_404_and_changes_nothing() throws Exception {
        String owner = newCoach("Owner Coach");
        String other = newCoach("Other Coach");
        String token = planFor("Private Runner", codeOf(owner));
        String key = keyOf(token);
        String ownerCode = codeOf(owner);
        Map<String, Object> before = state(token);
        int comments = jdbc.queryForObject("select count(*) from comment c join plan p on c.plan_id = p.id"
                + " where p.token = ?", Integer.class, token);

        List<MockHttpServletRequestBuilder> requests = pageRequests(key, sessionOf(token));
        for (MockHttpServletRequestBuilder request : requests.subList(1, 6)) {
            mvc.perform(request.with(as(other))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/coach/athletes/" + key).with(as(other))).andExpect(status().isNotFound());
        // their own roster, API and code never show this athlete or touch the owner's code
        assertThat(rosterPage(other, "").text()).doesNotContain("Private Runner");
        assertThat(mvc.perform(get("/api/coach/athletes").with(as(other))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("Private Runner");
        mvc.perform(post("/coach/invite-code").with(csrf()).with(as(other))).andExpect(status().isSeeOther());

        assertThat(state(token)).isEqualTo(before);
        assertThat(codeOf(owner)).isEqualTo(ownerCode);
        assertThat(jdbc.queryForObject("select count(*) from comment c join plan p on c.plan_id = p.id"
                + " where p.token = ?", Integer.class, token)).isEqualTo(comments);
        // the owner still reaches everything
        mvc.perform(get("/coach/athletes/" + key).with(as(owner))).andExpect(status().isOk());
        mvc.perform(get("/api/coach/athletes/" + key).with(as(owner))).andExpect(status().isOk());
    }

    @Test
    void access_an_unknown_athlete_key_or_the_plan_token_is_404() throws Exception {
        String email = newCoach("Owner Coach");
        String token = planFor("Private Runner", codeOf(email));
        mvc.perform(get("/coach/athletes/" + token).with(as(email))).andExpect(status().isNotFound());
        mvc.perform(get("/api/coach/athletes/no-such-key").with(as(email))).andExpect(status().isNotFound());
    }

    @Test
    void access_a_runners_plan_page_never_shows_the_coachs_other_athletes() throws Exception {
        String email = newCoach("Shared Coach");
        String ana = planFor("Ana Visible", codeOf(email));
        String bob = planFor("Bob Secretname", codeOf(email));
        String page = mvc.perform(get("/plans/" + ana)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Ana Visible", "Shared Coach").doesNotContain("Bob Secretname", bob, keyOf(bob));
        assertThat(mvc.perform(get("/api/plans/" + ana)).andReturn().getResponse().getContentAsString())
                .doesNotContain("Bob Secretname");
    }
}
