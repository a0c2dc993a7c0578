package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Error pages on a real port, where the container forwards errors to /error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Boot answers a direct request for /error with a 500 (found by FuzzRoutesTest). */
    @Test
    void error_asked_for_directly_is_a_404_not_a_500() throws Exception {
        for (String accept : new String[] {"text/html", "application/json", "*/*"}) {
            HttpResponse<String> answer = send("GET", "/error", accept);
            assertThat(answer.statusCode()).as(accept).isEqualTo(404);
            assertThat(answer.body()).as(accept).doesNotContain("Exception");
        }
    }

    @Test
    void errors_behind_it_keep_their_status_and_the_friendly_pages() throws Exception {
        HttpResponse<String> unknownPlan = send("GET", "/plans/no-such-plan", "text/html");
        assertThat(unknownPlan.statusCode()).isEqualTo(404);
        assertThat(unknownPlan.body()).contains("We could not find that page");

        HttpResponse<String> wrongMethod = send("PUT", "/", "text/html");
        assertThat(wrongMethod.statusCode()).isIn(403, 405);
    }
}
