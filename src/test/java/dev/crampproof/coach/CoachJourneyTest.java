package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.tracking.MovableClock;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole stack on a real port, two browsers: a coach signs up and in, a runner joins with the
 * coach's code and logs a cramp, and the coach's roster shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MovableClock.class)
class CoachJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock.Today today;

    private final HttpClient coach = browser();
    private final HttpClient runner = browser();

    @Test
    void a_coach_signs_up_a_runner_joins_and_logs_a_cramp_and_the_roster_shows_it() throws Exception {
        today.moveTo(LocalDate.of(2026, 11, 21));
        String email = "journey-" + System.nanoTime() + "@example.org";
        assertThat(post(coach, "/coach/sign-up", Map.of("name", "Coach Journey", "email", email,
                "password", "a long enough password")).statusCode()).isEqualTo(303);
        HttpResponse<String> signedIn = post(coach, "/coach/sign-in", Map.of("email", email,
                "password", "a long enough password"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/coach");
        String code = page(coach, "/coach").select(".code").text();
        assertThat(code).hasSize(8);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("runnerName", "Journey Runner");
        form.put("raceDate", "2027-04-18");
        form.put("weeklyMileage", "30");
        form.put("mileageUnit", "MILES");
        form.put("longRunDay", "SUNDAY");
        form.put("speedDay", "WEDNESDAY");
        form.put("crampMuscles", "CALF");
        form.put("crampFrequency", "SOMETIMES");
        form.put("liftingExperience", "SOME");
        form.put("equipment", "GYM");
        form.put("preferredStartWeeks", "16");
        form.put("coachCode", code.toLowerCase());
        HttpResponse<String> made = post(runner, "/plans", form, "/");
        assertThat(made.statusCode()).isEqualTo(303);
        String token = made.headers().firstValue("Location").orElseThrow().replaceAll(".*/plans/", "");
        assertThat(page(runner, "/plans/" + token).select("#coach").text()).contains("Coach Journey");

        today.moveTo(LocalDate.of(2026, 12, 28));
        HttpResponse<String> logged = runner.send(HttpRequest.newBuilder(url("/api/plans/" + token
                + "/sessions/2026-12-27-heavy/log")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"status\": \"DONE\", \"rpe\": 8, \"cramp\": {\"muscle\": \"CALF\", \"timing\": \"DURING\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logged.statusCode()).isEqualTo(200);

        Document roster = page(coach, "/coach");
        Element row = roster.select("table.roster tbody tr").stream()
                .filter(tr -> tr.select("th a").text().equals("Journey Runner")).findFirst().orElseThrow();
        assertThat(row.text()).contains("Sun 27 Dec 2026").contains("New logs");
        Document filtered = page(coach, "/coach?cramped=true");
        assertThat(filtered.select("table.roster tbody th a").eachText()).containsExactly("Journey Runner");
    }

    private Document page(HttpClient browser, String path) throws Exception {
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> fields) throws Exception {
        return post(browser, path, fields, path);
    }

    /** Posts a form the way a browser does: with the CSRF token of the page that shows it. */
    private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> fields, String formPage)
            throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", page(browser, formPage).select("input[name=_csrf]").first().val());
        String body = all.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
