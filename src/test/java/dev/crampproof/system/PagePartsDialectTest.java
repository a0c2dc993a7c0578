package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.CrampProofTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** cp:parts: a list of HTML texts printed in place of its element, as they are and in order. */
@CrampProofTest
class PagePartsDialectTest {

    @Autowired
    ITemplateEngine templates;

    private String page(List<String> parts) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("parts", parts);
        return templates.process("test/slots", Set.of("page"), context);
    }

    @Test
    void the_parts_replace_the_element_and_its_body_unescaped() {
        assertThat(page(List.of("<section id=\"week-1\">", "/plans/a&amp;b", "</section>")))
                .isEqualTo("<main><p>before</p><section id=\"week-1\">/plans/a&amp;b</section><p>after</p></main>");
    }

    /**
     * A kept fragment goes through the template as itself, and the page's writer copies its bytes
     * rather than encoding its text; any other part is written as its text.
     */
    @Test
    void kept_html_reaches_the_pages_writer_as_itself_and_its_bytes_are_copied() throws IOException {
        // bytes other than its text's, to see which way it went
        KeptHtml kept = new KeptHtml("<p>kept</p>", "<p>KEPT</p>".getBytes(StandardCharsets.UTF_8));
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("parts", List.of("<section>", kept, "</section>"));
        PageBytes page = new PageBytes(new byte[16]);
        templates.process("test/slots", Set.of("page"), context, page);

        assertThat(new String(PageBytesTest.sent(page), StandardCharsets.UTF_8))
                .isEqualTo("<main><p>before</p><section><p>KEPT</p></section><p>after</p></main>");
    }

    /** What nothing prints with, but a text of the template must answer: its characters, the parts joined. */
    @Test
    void the_parts_read_as_characters_are_the_parts_joined() {
        KeptHtml kept = new KeptHtml("<p>kept</p>", "<p>KEPT</p>".getBytes(StandardCharsets.UTF_8));
        CharSequence joined = new PagePartsDialect.Joined(List.of("<section>", kept, "</section>"));

        assertThat(joined.toString()).isEqualTo("<section><p>kept</p></section>");
        assertThat(joined.length()).isEqualTo(30);
        assertThat(joined.charAt(9)).isEqualTo('<');
        assertThat(joined.subSequence(9, 20).toString()).isEqualTo("<p>kept</p>");
    }

    @Test
    void no_parts_leave_nothing_in_place_of_the_element() {
        assertThat(page(List.of())).isEqualTo("<main><p>before</p><p>after</p></main>");
        assertThat(page(null)).isEqualTo("<main><p>before</p><p>after</p></main>");
    }
}
