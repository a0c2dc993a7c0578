package dev.crampproof;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances on random ports against one PostgreSQL database, as behind a load balancer:
 * a coach signed in through A is signed in on B, the brute-force lock earned on A holds on B, and
 * one client's writes count against one limit whichever instance takes them.
 */
@ExtendWith(PostgresDatabase.Available.class)
class SeveralInstancesTest {

    private static final String PASSWORD = "a long enough password";
    private static final int WRITES_PER_MINUTE = 4;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        String database = PostgresDatabase.fresh();
        a = start(database);
        b = start(database);
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void a_coach_signed_in_on_one_instance_is_signed_in_on_the_other() throws Exception {
        HttpClient browser = browser();
        String email = "two-" + System.nanoTime() + "@example.org";
        assertThat(post(browser, a, "/coach/sign-up", Map.of("name", "Coach Two", "email", email,
                "password", PASSWORD)).statusCode()).isEqualTo(303);
        HttpResponse<String> signedIn = post(browser, a, "/coach/sign-in", Map.of("email", email, "password", PASSWORD));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/coach");

        HttpResponse<String> rosterOnB = get(browser, b, "/coach");
        assertThat(rosterOnB.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(rosterOnB.body()).select("h1").text()).isEqualTo("Your athletes");
        assertThat(rosterOnB.body()).contains("Coach Two");
    }

    @Test
    void the_brute_force_lock_earned_on_one_instance_holds_on_the_other() throws Exception {
        HttpClient signUp = browser();
        String email = "lock-" + System.nanoTime() + "@example.org";
        post(signUp, a, "/coach/sign-up", Map.of("name", "Coach Lock", "email", email, "password", PASSWORD));
        HttpClient stranger = browser();
        for (int attempt = 0; attempt < 5; attempt++) {
            post(stranger, a, "/coach/sign-in", Map.of("email", email, "password", "wrong password " + attempt));
        }
        HttpResponse<String> rightPasswordOnB = post(stranger, b, "/coach/sign-in",
                Map.of("email", email, "password", PASSWORD));
        assertThat(rightPasswordOnB.headers().firstValue("Location").orElseThrow()).contains("/coach/sign-in?error");
        assertThat(Jsoup.parse(get(stranger, b, "/coach/sign-in?error").body()).select("#sign-in-error").text())
                .contains("Too many failed sign-ins");
    }

    @Test
    void the_write_limit_counts_a_clients_writes_on_both_instances_together() throws Exception {
        HttpClient client = browser();
        String plan = """
                {"runnerName": "Two Doors", "raceDate": "2027-04-18", "weeklyMileage": 30, "mileageUnit": "MILES",
                 "crampFrequency": "SOMETIMES", "crampMuscles": ["CALF"], "liftingExperience": "SOME"}""";
        for (int write = 0; write < WRITES_PER_MINUTE; write++) {
            ConfigurableApplicationContext app = write % 2 == 0 ? a : b;
            assertThat(postJson(client, app, "/api/plans", plan).statusCode()).as("write %d", write + 1).isEqualTo(201);
        }
        HttpResponse<String> overOnA = postJson(client, a, "/api/plans", plan);
        HttpResponse<String> overOnB = postJson(client, b, "/api/plans", plan);
        assertThat(overOnA.statusCode()).isEqualTo(429);
        assertThat(overOnB.statusCode()).isEqualTo(429);
        assertThat(overOnB.headers().firstValue("Retry-After")).isPresent();
    }

    private static HttpResponse<String> postJson(HttpClient client, ConfigurableApplicationContext app, String path,
            String json) throws Exception {
        return client.send(HttpRequest.newBuilder(url(app, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(CrampProofApplication.class).run("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + PostgresDatabase.user(),
                "--spring.datasource.password=", "--server.port=0", "--spring.main.banner-mode=off",
                "--crampproof.rate-limit.per-minute=" + WRITES_PER_MINUTE);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext app, String path)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(url(app, path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with the CSRF token of the page that shows the form, on the same instance. */
    private static HttpResponse<String> post(HttpClient browser, ConfigurableApplicationContext app, String path,
            Map<String, String> fields) throws Exception {
        Document form = Jsoup.parse(get(browser, app, path).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", form.select("input[name=_csrf]").first().val());
        String body = all.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(url(app, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
