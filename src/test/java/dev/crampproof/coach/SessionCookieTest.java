package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.FixedClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The session cookie is HttpOnly and SameSite always, and Secure whenever the request came over HTTPS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClock.class)
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void the_session_cookie_is_secure_over_https_behind_a_proxy_and_never_readable_by_scripts() throws Exception {
        String overHttps = sessionCookie("https");
        assertThat(overHttps).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
        String overHttp = sessionCookie("http");
        assertThat(overHttp).contains("HttpOnly").doesNotContain("Secure");
    }

    /** The Set-Cookie of a fresh session, as a proxy on this machine forwards the request. */
    private String sessionCookie(String scheme) throws Exception {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/coach/sign-in")).header("X-Forwarded-Proto", scheme).build(),
                HttpResponse.BodyHandlers.discarding());
        return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow();
    }
}
