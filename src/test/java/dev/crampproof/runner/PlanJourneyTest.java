package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.FixedClock;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The whole stack on a real port: a runner fills in the form and reads their plan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClock.class)
class PlanJourneyTest {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_runner_posts_the_form_and_reads_their_dated_plan() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("XSRF-TOKEN=").contains("HttpOnly", "SameSite=Lax"));
        Document form = Jsoup.parse(home.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form.select("input[name=_csrf]").val());
        fields.put("runnerName", "Ana <Ruiz>");
        fields.put("raceDate", FixedClock.TODAY.plusWeeks(20).toString());
        fields.put("weeklyMileage", "30");
        fields.put("mileageUnit", "MILES");
        fields.put("longRunDay", "SUNDAY");
        fields.put("speedDay", "WEDNESDAY");
        fields.put("crampMuscles", "CALF");
        fields.put("crampFrequency", "SOMETIMES");
        fields.put("liftingExperience", "REGULAR");
        fields.put("equipment", "BODYWEIGHT");
        fields.put("preferredStartWeeks", "16");

        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(url("/plans"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/plans/[A-Za-z0-9_-]{32}");

        HttpResponse<String> planPage = get(URI.create(location).getPath());
        assertThat(planPage.statusCode()).isEqualTo(200);
        // A runner never needs a server session: the forms' CSRF token lives in a cookie.
        assertThat(planPage.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(posted.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        Document plan = Jsoup.parse(planPage.body());
        assertThat(plan.select("h1").text()).contains("Ana <Ruiz>");
        assertThat(planPage.body()).doesNotContain("Ana <Ruiz>").contains("Ana &lt;Ruiz&gt;");
        assertThat(plan.select(".week")).isNotEmpty();
        assertThat(plan.select(".session.heavy")).isNotEmpty();
        assertThat(plan.select(".session.light")).isNotEmpty();
        assertThat(plan.select(".how").text()).contains("backpack");
        assertThat(plan.select("#race-day-card li")).hasSize(6);
    }

    @Test
    void an_unknown_plan_link_shows_the_friendly_not_found_page() throws Exception {
        HttpResponse<String> missing = get("/plans/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(missing.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(missing.body());
        assertThat(page.select("h1").text()).isEqualTo("We could not find that page");
        assertThat(page.select("a[href=/]")).isNotEmpty();
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("dev.crampproof");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
