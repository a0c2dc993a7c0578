package dev.crampproof.security;

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
import java.util.StringJoiner;
import org.jsoup.Jsoup;

/**
 * One visitor of the app on its real port: a cookie jar, no redirects followed, and form posts that
 * carry the CSRF token the app put in its own forms (read from the home page of this session).
 */
final class WebClient {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Map<String, String> headers = new LinkedHashMap<>();

    WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Sends this header with every request from now on (as a proxy in front of the app would). */
    WebClient with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A page, as a browser asks for it. The path is sent as written (encode it yourself). */
    HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    /** A request with a body of this type (JSON API calls), no CSRF token. */
    HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form post with this session's CSRF token; names and values alternate. */
    HttpResponse<String> post(String path, String... namesAndValues) throws Exception {
        StringJoiner form = new StringJoiner("&");
        form.add("_csrf=" + encode(csrfToken()));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** The path (and query, fragment) a redirect points to. */
    static String redirect(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElseThrow();
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private String csrfToken() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        String token = Jsoup.parse(home.body()).select("form input[name=_csrf]").attr("value");
        assertThat(token).as("the home page's form carries a CSRF token").isNotEmpty();
        return token;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
