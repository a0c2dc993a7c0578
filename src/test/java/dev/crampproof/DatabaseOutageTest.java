package dev.crampproof;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database outage, made by cutting a TCP proxy between the app and PostgreSQL: pages answer a
 * friendly 503, the API a 503 problem, readiness goes DOWN; when the line is back the app serves
 * again without a restart.
 */
@ExtendWith(PostgresDatabase.Available.class)
class DatabaseOutageTest {

    private static CuttableProxy proxy;
    private static ConfigurableApplicationContext app;
    private static int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startBehindTheProxy() throws Exception {
        String database = PostgresDatabase.fresh();
        URI direct = URI.create(database.substring("jdbc:".length()));
        proxy = new CuttableProxy(direct.getPort());
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getPath();
        app = new SpringApplicationBuilder(CrampProofApplication.class).run("--spring.datasource.url=" + viaProxy,
                "--spring.datasource.username=" + PostgresDatabase.user(), "--spring.datasource.password=",
                "--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void an_outage_gives_friendly_503s_and_readiness_down_and_the_app_recovers_by_itself() throws Exception {
        HttpResponse<String> made = send(HttpRequest.newBuilder(url("/api/plans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"runnerName": "Ana", "raceDate": "2027-04-18", "weeklyMileage": 30, "mileageUnit": "MILES",
                         "crampFrequency": "SOMETIMES", "crampMuscles": ["CALF"], "liftingExperience": "SOME"}""")));
        assertThat(made.statusCode()).isEqualTo(201);
        String plan = made.headers().firstValue("Location").orElseThrow().replace("/api", "");
        assertThat(get(plan).statusCode()).isEqualTo(200);
        assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(200);

        proxy.cut();
        HttpResponse<String> page = get(plan);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("We will be back in a moment").doesNotContain("Exception");
        HttpResponse<String> api = send(HttpRequest.newBuilder(url("/api" + plan)).header("Accept", "application/json"));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(probe("/actuator/health/liveness").statusCode()).isEqualTo(200);

        proxy.restore();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = get(plan).statusCode();
            Thread.sleep(200);
        }
        assertThat(status).isEqualTo(200);
        assertThat(probe("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html"));
    }

    private HttpResponse<String> probe(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Accept", "application/json"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
