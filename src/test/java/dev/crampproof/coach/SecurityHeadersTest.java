package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page type, the API, error answers and static files carry the security headers; plan,
 * coach and API answers are never cached or indexed; HSTS is sent over HTTPS only.
 */
class SecurityHeadersTest extends CoachMvc {

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** Private answers (a plan's, a coach's, the API's) by name, with the status each must have. */
    private Map<String, MockHttpServletRequestBuilder> privateAnswers(String email, String token) {
        Map<String, MockHttpServletRequestBuilder> answers = new LinkedHashMap<>();
        answers.put("plan page", get("/plans/" + token));
        answers.put("edit page", get("/plans/" + token + "/edit"));
        answers.put("delete page", get("/plans/" + token + "/delete"));
        answers.put("calendar file", get("/plans/" + token + "/calendar.ics"));
        answers.put("unknown plan page (404)", get("/plans/no-such-plan-token"));
        answers.put("plan JSON", get("/api/plans/" + token));
        answers.put("unknown plan JSON (404 problem)", get("/api/plans/no-such-plan-token"));
        answers.put("bad plan JSON (400 problem)", post("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .content("{}"));
        answers.put("roster", get("/coach").with(as(email)));
        answers.put("athlete review", get("/coach/athletes/" + keyOf(token)).with(as(email)));
        answers.put("coach API", get("/api/coach/athletes").with(as(email)));
        answers.put("coach API without sign-in (401)", get("/api/coach/athletes"));
        answers.put("roster without sign-in (redirect)", get("/coach"));
        return answers;
    }

    private Map<String, MockHttpServletRequestBuilder> publicAnswers() {
        Map<String, MockHttpServletRequestBuilder> answers = new LinkedHashMap<>();
        answers.put("home and form", get("/"));
        answers.put("form with errors", post("/plans").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf()).param("runnerName", ""));
        answers.put("coach sign-up", get("/coach/sign-up"));
        answers.put("coach sign-in", get("/coach/sign-in"));
        answers.put("unknown page (404)", get("/no/such/page"));
        answers.put("form post without CSRF token (403)", post("/plans").param("runnerName", "x"));
        answers.put("health", get("/actuator/health"));
        answers.put("stylesheet", get("/css/cramp-proof.css"));
        return answers;
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void every_answer_has_the_security_headers_and_private_ones_are_neither_cached_nor_indexed() throws Exception {
        String email = newCoach("Header Coach");
        String token = planFor("Header Runner", codeOf(email));
        Map<String, MockHttpServletRequestBuilder> all = new LinkedHashMap<>(publicAnswers());
        Map<String, MockHttpServletRequestBuilder> privates = privateAnswers(email, token);
        all.putAll(privates);
        for (Map.Entry<String, MockHttpServletRequestBuilder> entry : all.entrySet()) {
            MockHttpServletResponse response = answer(entry.getValue());
            String what = entry.getKey() + " (" + response.getStatus() + ")";
            assertThat(response.getHeader("Content-Security-Policy")).as(what).isEqualTo(CSP);
            assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(response.getHeader("Cross-Origin-Opener-Policy")).as(what).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).as(what).contains("camera=()");
            assertThat(response.getHeader("Strict-Transport-Security")).as(what + " over plain HTTP").isNull();
            if (privates.containsKey(entry.getKey())) {
                assertThat(response.getHeader("Cache-Control")).as(what).contains("no-store");
                assertThat(response.getHeader("X-Robots-Tag")).as(what).isEqualTo("noindex, nofollow");
            }
        }
    }

    @Test
    void over_https_every_answer_also_has_strict_transport_security() throws Exception {
        for (MockHttpServletRequestBuilder request : publicAnswers().values()) {
            MockHttpServletResponse response = answer(request.secure(true));
            assertThat(response.getHeader("Strict-Transport-Security"))
                    .isEqualTo("max-age=31536000 ; includeSubDomains");
        }
    }
}
