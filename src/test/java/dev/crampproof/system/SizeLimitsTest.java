package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.FixedClock;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Oversized requests on a real Tomcat: a 5 MB body, a 100,000-character name, 10,000 cramp
 * muscles, a 20 KB header. Each gets a clear 4xx (a message beside the field where there is a
 * field), never a 5xx, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClock.class)
class SizeLimitsTest {

    private static final String PLAN = """
            {"runnerName": "%s", "raceDate": "2027-04-18", "weeklyMileage": 30, "mileageUnit": "MILES",
             "crampFrequency": "SOMETIMES", "crampMuscles": [%s], "liftingExperience": "SOME"}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private long plans() {
        return jdbc.queryForObject("select count(*) from plan", Long.class);
    }

    private HttpResponse<String> postJson(String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/plans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The runner's form, posted as a browser does, with the CSRF token and cookie of the form page. */
    private HttpResponse<String> postForm(String fields) throws Exception {
        URI home = URI.create("http://127.0.0.1:" + port + "/");
        String csrf = Jsoup.parse(client.send(HttpRequest.newBuilder(home).build(),
                HttpResponse.BodyHandlers.ofString()).body()).select("input[name=_csrf]").val();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/plans"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&raceDate=2027-04-18&weeklyMileage=30"
                        + "&mileageUnit=MILES&crampFrequency=SOMETIMES&liftingExperience=SOME&" + fields)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String muscles(int count) {
        return String.join(",", Collections.nCopies(count, "\"CALF\""));
    }

    @Test
    void a_5_mb_json_body_is_413_problem_json_before_anything_reads_it() throws Exception {
        long before = plans();
        HttpResponse<String> answer = postJson(PLAN.formatted("x".repeat(5 * 1024 * 1024), muscles(1)));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":413", "at most 256 KB");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void a_100000_character_name_is_a_400_naming_the_field() throws Exception {
        long before = plans();
        HttpResponse<String> answer = postJson(PLAN.formatted("n".repeat(100_000), muscles(1)));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"runnerName\"", "80 characters");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void ten_thousand_cramp_muscles_are_a_400_naming_the_field() throws Exception {
        long before = plans();
        HttpResponse<String> answer = postJson(PLAN.formatted("Many Muscles", muscles(10_000)));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"crampMuscles\"", "at most once");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void on_the_form_a_100000_character_name_gets_its_message_beside_the_field() throws Exception {
        long before = plans();
        HttpResponse<String> answer = postForm("crampMuscles=CALF&runnerName=" + "n".repeat(100_000));
        assertThat(answer.statusCode()).isEqualTo(200);
        Document form = Jsoup.parse(answer.body());
        assertThat(form.select("#runnerName-error").text()).contains("80 characters");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void on_the_form_ten_thousand_cramp_muscles_are_a_4xx() throws Exception {
        long before = plans();
        HttpResponse<String> answer = postForm("runnerName=Many&" + String.join("&",
                Collections.nCopies(10_000, "crampMuscles=" + URLEncoder.encode("CALF", StandardCharsets.UTF_8))));
        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void a_5_mb_form_is_413_with_the_page_that_says_so() throws Exception {
        long before = plans();
        HttpResponse<String> answer = postForm("crampMuscles=CALF&runnerName=" + "n".repeat(5 * 1024 * 1024));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("That was too much at once");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void a_20_kb_header_is_a_400() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("X-Padding", "p".repeat(20 * 1024)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
    }
}
