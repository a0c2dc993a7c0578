package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.FixedClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every page type is valid HTML by the Nu Html Checker, run in-process. The pages come from MockMvc; the 404
 * page comes from the running server, since only it renders Boot's error pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class HtmlValidityTest {

    private static final String PASSWORD = "correct horse battery";

    /** The api.md example plan, joined to the coach with the given code. */
    private static final String PLAN = """
            {"runnerName": "Ana Ruiz", "raceName": "Valencia Marathon", "raceDate": "2027-04-18",
             "weeklyMileage": 35.5, "mileageUnit": "MILES", "longRunDay": "SUNDAY", "speedDay": "WEDNESDAY",
             "crampMuscles": ["CALF", "HAMSTRING"], "crampFrequency": "MOST_RACES", "crampOnset": 20,
             "liftingExperience": "SOME", "equipment": "GYM", "preferredStartWeeks": 16, "coachCode": "%s"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void every_page_type_is_valid_html() throws Exception {
        String coach = "coach-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post("/coach/sign-up").with(csrf()).param("name", "Coach Rae").param("email", coach)
                .param("password", PASSWORD)).andExpect(status().isSeeOther());
        String code = jdbc.queryForObject("select invite_code from coach where email = ?", String.class, coach);
        JsonNode made = new ObjectMapper().readTree(mvc.perform(post("/api/plans")
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN.formatted(code)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String token = made.get("token").stringValue();
        JsonNode firstSession = made.get("weeks").get(0).get("sessions").get(0);
        String key = jdbc.queryForObject("select athlete_key from plan where token = ?", String.class, token);
        RequestPostProcessor asCoach = user(coach).roles("COACH");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home /", page(get("/"), status().isOk()));
        pages.put("plan form with errors (POST /plans)", page(post("/plans").with(csrf())
                .param("runnerName", "").param("raceDate", "").param("weeklyMileage", "-5")
                .param("crampOnset", "99"), status().isOk()));
        pages.put("plan /plans/{token}", page(get("/plans/" + token), status().isOk()));
        pages.put("session /plans/{token}/sessions/{id}",
                page(get("/plans/" + token + "/sessions/" + firstSession.get("id").stringValue()), status().isOk()));
        pages.put("long run /plans/{token}/long-runs/{date}",
                page(get("/plans/" + token + "/long-runs/" + firstSession.get("date").stringValue()), status().isOk()));
        pages.put("edit /plans/{token}/edit", page(get("/plans/" + token + "/edit"), status().isOk()));
        pages.put("delete /plans/{token}/delete", page(get("/plans/" + token + "/delete"), status().isOk()));
        pages.put("coach sign-up /coach/sign-up", page(get("/coach/sign-up"), status().isOk()));
        pages.put("coach sign-in /coach/sign-in", page(get("/coach/sign-in"), status().isOk()));
        pages.put("coach roster /coach", page(get("/coach").with(asCoach), status().isOk()));
        pages.put("athlete review /coach/athletes/{key}",
                page(get("/coach/athletes/" + key).with(asCoach), status().isOk()));
        pages.put("404 page (unknown plan)", notFoundPage());

        assertThat(pages.get("coach roster /coach")).as("the roster lists the athlete").contains("Ana Ruiz");

        NuHtmlChecker checker = new NuHtmlChecker();
        StringBuilder report = new StringBuilder();
        int errors = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<String> found = checker.errors(page.getValue());
            errors += found.size();
            for (String error : found) {
                report.append('\n').append(page.getKey()).append(": ").append(error);
            }
        }
        assertThat(errors).as("HTML errors by the Nu Html Checker:" + report).isZero();
    }

    private String page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        String html = mvc.perform(request).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as(request.toString()).containsIgnoringCase("<html");
        return html;
    }

    private String notFoundPage() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans/no-such-plan-" + UUID.randomUUID()))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).containsIgnoringCase("<html");
        return answer.body();
    }
}
