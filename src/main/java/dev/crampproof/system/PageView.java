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
 * ({@link PageBytes}), a page in any other charset goes through the JDK's writers. Thymeleaf's
 * own buffering (produce-partial-output-while-processing=false) gathered them in a string
 * builder that doubled its way to the page's size in UTF-16, copied it into a string, and the
 * container then encoded the string: a fifth of all the memory a plan page allocated
 * (docs/performance.md, "Plan page, fourth round"). Kept fragments ({@link KeptHtml}) go in as
 * the bytes kept with them. The request's attributes are read directly
 * ({@link DirectAttributes}).
 */
public class PageView extends ThymeleafView {

    /** The buffer for a template's first page. */
    private static final int FIRST_BUFFER = 16 * 1024;
    /** Larger pages than this one do not make the next page's buffer larger. */
    private static final int LARGEST_HINT = 4 * 1024 * 1024;

    /**
     * This template's last page's size in bytes (the view resolver keeps one view per template and
     * language). The next page's buffer starts an eighth larger, so that a page is encoded into one
     * array rather than doubling its way there: the plan page (about 130 kB) took arrays of 64, 128
     * and 256 kB, a sixth of all the memory it allocated (docs/performance.md, "Plan page and JSON,
     * fifth round"). Pages of one template differ by a runner's name or a few logs.
     */
    private volatile int lastSize;

    /**
     * Each request thread's array for its next page: the one its last page was written into. A
     * new array for every page was a sixth of all the memory the plan page allocated, and so of
     * its young collections (async-profiler, docs/performance.md "Thirteenth round"). Reusing
     * it is safe once the page is sent: an output stream is done with the bytes it was handed when
     * {@code write} returns. Request threads are few (server.tomcat.threads.max), so this keeps
     * about a megabyte.
     */
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();
    /** A larger page's array is not kept for the thread's next page. */
    static final int LARGEST_SPARE = 512 * 1024;

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        byte[] spare = SPARE.get();
        SPARE.remove(); // a page rendered meanwhile on this thread (the error page) takes an array of its own
        Buffered page = new Buffered(response, spare, nextBufferSize());
        try {
            super.render(model, new DirectAttributes(request), page);
            int size = page.send();
            if (size > 0) {
                lastSize = Math.min(size, LARGEST_HINT);
            }
        } finally {
            byte[] used = page.buffer();
            if (used != null && used.length <= LARGEST_SPARE) {
                SPARE.set(used);
            }
        }
    }

    /** The array this thread's next page starts in, if any. */
    static byte[] spare() {
        return SPARE.get();
    }

    int nextBufferSize() {
        int last = lastSize;
        return last == 0 ? FIRST_BUFFER : last + last / 8;
    }

    /** The response as the template sees it: its writer fills a buffer. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private PrintWriter writer;
        /** The writer, when the page is in UTF-8 (all of this app's are). */
        private PageBytes utf8;
        /** Where the writer's bytes go in any other charset. */
        private ByteArrayOutputStream bytes;

        /** The thread's array from its last page, or null. */
        private final byte[] spare;
        private final int firstSize;

        Buffered(HttpServletResponse response, byte[] spare, int firstSize) {
            super(response);
            this.spare = spare;
            this.firstSize = firstSize;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                // asked for after the view has set the content type, so the charset is the page's
                Charset charset = Charset.forName(getCharacterEncoding());
                if (charset.equals(StandardCharsets.UTF_8)) {
                    utf8 = new PageBytes(spare != null && spare.length >= firstSize ? spare : new byte[firstSize]);
                    writer = utf8;
                } else {
                    bytes = new ByteArrayOutputStream(firstSize);
                    writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(bytes, charset)));
                }
            }
            return writer;
        }

        /** The array the page went into (grown, or another than the spare), else the spare. */
        byte[] buffer() {
            return utf8 != null ? utf8.buffer() : spare;
        }

        /** Sends the page; its size in bytes (0 if the template wrote nothing). */
        int send() throws IOException {
            if (writer == null) {
                return 0;
            }
            writer.flush();
            HttpServletResponse response = (HttpServletResponse) getResponse();
            int size = utf8 != null ? utf8.size() : bytes.size();
            response.setContentLength(size);
            if (utf8 != null) {
                utf8.writeTo(response.getOutputStream());
            } else {
                bytes.writeTo(response.getOutputStream());
            }
            return size;
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
