package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages are rendered whole before anything is sent: complete, in UTF-8, with their length; a
 * template that fails halfway has sent nothing, so the error page can still be shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageViewTest {

    @LocalServerPort
    int port;

    @Autowired
    ThymeleafViewResolver views;

    @Test
    void pages_are_rendered_by_the_page_view() throws Exception {
        assertThat(views.resolveViewName("runner/home", Locale.ENGLISH)).isInstanceOf(PageView.class);
    }

    @Test
    void a_page_goes_out_whole_with_its_length_in_bytes() throws Exception {
        HttpResponse<byte[]> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(page.headers().firstValueAsLong("Content-Length")).hasValue(page.body().length);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).as("the title's middle dot, two bytes in UTF-8").contains("plan for your marathon · Cramp-Proof");
    }

    @Test
    void the_next_page_of_a_template_starts_with_a_buffer_an_eighth_larger_than_the_last() throws Exception {
        PageView view = (PageView) views.resolveViewName("test/greeting", Locale.ENGLISH);
        MockHttpServletResponse response = new MockHttpServletResponse();

        view.render(Map.of("greeting", "Hello"), new MockHttpServletRequest("GET", "/test"), response);

        int size = response.getContentAsByteArray().length;
        assertThat(response.getContentLength()).isEqualTo(size);
        assertThat(view.nextBufferSize()).isEqualTo(size + size / 8);
    }

    @Test
    void a_threads_next_page_is_written_into_the_array_of_its_last() throws Exception {
        PageView view = (PageView) views.resolveViewName("test/greeting", Locale.ENGLISH);
        String longer = "Hello ".repeat(2_000);
        MockHttpServletResponse first = render(view, longer);
        byte[] array = PageView.spare();

        MockHttpServletResponse second = render(view, "Hi");

        assertThat(array).hasSizeGreaterThanOrEqualTo(first.getContentLength());
        assertThat(PageView.spare()).as("the same array again").isSameAs(array);
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains("<p>" + longer + "</p>");
        String page = second.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("only the shorter page's bytes, none of the longer one's left in the array")
                .contains("<p>Hi</p>").doesNotContain("Hello").endsWith("</html>\n");
        assertThat(second.getContentLength()).isEqualTo(second.getContentAsByteArray().length);
    }

    @Test
    void a_page_after_a_failed_one_is_whole() throws Exception {
        View failing = views.resolveViewName("test/fails-halfway", Locale.ENGLISH);
        Map<String, Object> model = Map.of("greeting", "Hello", "lines", Collections.nCopies(2_000, List.of("a line")));
        assertThatThrownBy(() -> failing.render(model, new MockHttpServletRequest("GET", "/test"),
                new MockHttpServletResponse())).hasMessageContaining("noSuchProperty");

        MockHttpServletResponse page = render((PageView) views.resolveViewName("test/greeting", Locale.ENGLISH), "Hi");

        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("<p>Hi</p>").doesNotContain("a line").endsWith("</html>\n");
        assertThat(page.getContentLength()).isEqualTo(page.getContentAsByteArray().length);
    }

    private static MockHttpServletResponse render(PageView view, String greeting) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(Map.of("greeting", greeting), new MockHttpServletRequest("GET", "/test"), response);
        return response;
    }

    @Test
    void a_template_that_fails_halfway_has_sent_nothing() throws Exception {
        View view = views.resolveViewName("test/fails-halfway", Locale.ENGLISH);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/test");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, Object> model = Map.of("greeting", "Hello", "lines", Collections.nCopies(2_000, List.of("a line")));

        assertThatThrownBy(() -> view.render(model, request, response)).hasMessageContaining("noSuchProperty");

        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
