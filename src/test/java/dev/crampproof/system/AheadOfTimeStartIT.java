package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crampproof.CrampProofApplication;
import dev.crampproof.coach.QueryBudgetTest;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app as bin/start.sh starts it: with the ahead-of-time set-up that the build generated
 * (process-aot, in the package phase; so this runs after it, in {@code ./mvnw verify}'s
 * integration tests). A plan made and read back through the API: the repositories, Hibernate and
 * the migration all work without the configuration classes being read at start-up, and the
 * repositories Spring Data generated keep the statement budget of storing a plan.
 */
class AheadOfTimeStartIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void aheadOfTime() {
        System.setProperty(AotDetector.AOT_ENABLED, "true");
    }

    @AfterEach
    void notAheadOfTime() {
        System.clearProperty(AotDetector.AOT_ENABLED);
    }

    @Test
    void the_generated_set_up_serves_the_form_and_stores_a_plan(@TempDir Path dir) throws Exception {
        try (ConfigurableApplicationContext app = CrampProofApplication.application().run(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"), "--server.port=0", "--server.address=127.0.0.1",
                "--spring.jpa.properties.hibernate.generate_statistics=true")) {
            assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
            // the generated set-up, as bin/start.sh runs it, still queues the migration before the
            // web server is made (MigrationFirst; DatabaseStartUpTest checks the order without it)
            ConfigurableListableBeanFactory beans = app.getBeanFactory();
            String[] migrations = beans.getBeanNamesForType(FlywayMigrationInitializer.class);
            assertThat(migrations).isNotEmpty();
            for (String server : beans.getBeanNamesForType(ServletWebServerFactory.class)) {
                assertThat(beans.getBeanDefinition(server).getDependsOn()).as(server).contains(migrations);
            }
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();

            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("name=\"_csrf\"", "name=\"raceDate\"");

            String plan = """
                    {"runnerName": "Ana Ruiz", "raceDate": "%s", "weeklyMileage": 35, "mileageUnit": "MILES",
                     "crampFrequency": "MOST_RACES", "liftingExperience": "SOME", "crampMuscles": ["CALF"]}"""
                    .formatted(LocalDate.now().plusWeeks(20));
            HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(base + "/api/plans"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(plan)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            String location = made.headers().firstValue("Location").orElseThrow();

            HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(base + location)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("\"runnerName\":\"Ana Ruiz\"");

            // Spring Data's generated repositories keep QueryBudgetTest's budget (counted there
            // without AOT): a second plan stored in at most that many statements, all through
            // Hibernate (the plan's JSON is read in plain SQL, PlanRows, and is counted there only).
            Statistics statistics = app.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            statistics.clear();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/plans"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(plan)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(201);
            assertThat(statistics.getPrepareStatementCount()).isPositive().isLessThanOrEqualTo(QueryBudgetTest.STORE_BUDGET);
        }
    }

    @Test
    void a_profile_is_refused(@TempDir Path dir) {
        assertThatThrownBy(() -> CrampProofApplication.application().run("--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"), "--server.port=0"))
                .hasMessageContaining("cannot honour the profile(s) postgres");
    }
}
