package dev.crampproof.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Boot's Thymeleaf view, rendering every page whole into bytes before any of it is sent: a
 * template that fails halfway still gets the friendly error page, not half a page, and the page
 * goes out in one write with its Content-Length. Thymeleaf writes a page in thousands of small
 * pieces (the plan page: some 6,000); a UTF-8 page's are encoded straight into one byte array
 * ({@link PageBytes}), a page in any other charset goes through the JDK's writers. Thymeleaf's own buffering (produce-partial-output-while-processing=false) gathered them
 * in a string builder that doubled its way to the page's size in UTF-16, copied it into a string,
 * and the container then encoded the string: a fifth of all the memory a plan page allocated
 * (docs/performance.md, "Plan page, fourth round"). The request's attributes are read directly
 * ({@link DirectAttributes}).
 */
public class PageView extends ThymeleafView {

    /** Most pages are smaller; the plan page (about 130 kB) doubles it once or twice. */
    private static final int FIRST_BUFFER = 64 * 1024;

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Buffered page = new Buffered(response);
        super.render(model, new DirectAttributes(request), page);
        page.send();
    }

    /** The response as the template sees it: its writer fills a buffer. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private PrintWriter writer;
        /** The writer, when the page is in UTF-8 (all of this app's are). */
        private PageBytes utf8;
        /** Where the writer's bytes go in any other charset. */
        private ByteArrayOutputStream bytes;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                // asked for after the view has set the content type, so the charset is the page's
                Charset charset = Charset.forName(getCharacterEncoding());
                if (charset.equals(StandardCharsets.UTF_8)) {
                    utf8 = new PageBytes(FIRST_BUFFER);
                    writer = utf8;
                } else {
                    bytes = new ByteArrayOutputStream(FIRST_BUFFER);
                    writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(bytes, charset)));
                }
            }
            return writer;
        }

        void send() throws IOException {
            if (writer == null) {
                return;
            }
            writer.flush();
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (utf8 != null) {
                response.setContentLength(utf8.size());
                utf8.writeTo(response.getOutputStream());
            } else {
                response.setContentLength(bytes.size());
                bytes.writeTo(response.getOutputStream());
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        static BeanPostProcessor pageView() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof ThymeleafViewResolver views) {
                        views.setViewClass(PageView.class);
                    }
                    return bean;
                }
            };
        }
    }
}
