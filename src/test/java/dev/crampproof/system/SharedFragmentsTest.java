package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.crampproof.CrampProofTest;
import dev.crampproof.runner.PlanCalendarGrid;
import dev.crampproof.runner.PlanCalendarGrid.Day;
import dev.crampproof.runner.PlanCalendarGrid.Mark;
import dev.crampproof.runner.SessionCard.Heading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** Fragments rendered once per value and language, outside any request. */
@CrampProofTest
class SharedFragmentsTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);

    @Autowired
    SharedFragments fragments;

    @AfterEach
    void englishAgain() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static Heading heading(String anchor) {
        return new Heading(MONDAY, "Mon 1 Feb 2027", "Heavy", anchor);
    }

    private static PlanCalendarGrid.Week week(LocalDate monday, Mark... sunday) {
        List<Day> days = monday.datesUntil(monday.plusDays(7))
                .map(date -> new Day(date, date.equals(monday.plusDays(6)) ? List.of(sunday) : List.of()))
                .toList();
        return new PlanCalendarGrid.Week(monday, days);
    }

    @Test
    void an_equal_value_is_rendered_once_and_the_kept_html_is_given_again() {
        KeptHtml first = fragments.html("fragments/session", "heading", heading("Right after your long run"));
        KeptHtml again = fragments.html("fragments/session", "heading", heading("Right after your long run"));
        KeptHtml other = fragments.html("fragments/session", "heading", heading("Later that day"));

        assertThat(again).isSameAs(first);
        assertThat(first.toString()).contains("<time datetime=\"2027-02-01\">Mon 1 Feb 2027</time>")
                .contains("Right after your long run");
        assertThat(other.toString()).isNotEqualTo(first.toString()).contains("Later that day");
    }

    @Test
    void a_kept_fragment_goes_into_a_page_as_its_utf8_bytes() throws IOException {
        KeptHtml html = fragments.html("fragments/session", "heading", heading("Later that day · 3 × 5"));

        assertThat(inPage(html)).isEqualTo(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What a page's writer holds after the kept HTML alone was written to it. */
    private static byte[] inPage(KeptHtml html) throws IOException {
        PageBytes page = new PageBytes(new byte[16]);
        html.write(page);
        return PageBytesTest.sent(page);
    }

    @Test
    void line_breaks_with_their_indents_are_kept_as_one_line_break_and_other_spaces_as_they_are() {
        String html = fragments.html("fragments/session", "heading", heading("Right after your long run")).toString();

        assertThat(html).isEqualTo("""

                <time datetime="2027-02-01">Mon 1 Feb 2027</time>
                <span class="kind">Heavy</span>
                <span class="anchor">Right after your long run</span>
                """);
    }

    @Test
    void the_value_is_escaped_like_any_template_output() {
        String html = fragments.html("fragments/session", "heading", heading("<script>alert('x')</script> & more"))
                .toString();

        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
    }

    /** The variable of test/slots.html :: slots. */
    record Label(String label) {
    }

    @Test
    void a_fragment_is_cut_at_its_slots_and_each_part_is_kept_with_its_bytes() {
        List<KeptHtml> parts = fragments.parts("test/slots", "slots", new Label("Log this · 3 × 5"), 2);

        assertThat(String.join("|", parts)).isEqualTo("""
                <div class="slotted">
                <a href="|">Log this · 3 × 5</a>
                |
                </div>""");
        assertThat(fragments.parts("test/slots", "slots", new Label("Log this · 3 × 5"), 2)).isSameAs(parts);
        assertThat(parts).allSatisfy(part -> assertThat(inPage(part))
                .isEqualTo(part.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_value_that_prints_the_slots_character_is_refused_rather_than_cut_in_the_wrong_place() {
        // free text with control characters never gets this far (LogCheck, CommentCheck)
        assertThatIllegalStateException()
                .isThrownBy(() -> fragments.parts("test/slots", "slots", new Label("a\u0001b"), 2))
                .withMessageContaining("test/slots :: slots printed 3 slots, not 2");
        assertThatIllegalStateException()
                .isThrownBy(() -> fragments.parts("test/slots", "slots", new Label("fine"), 1));
    }

    @Test
    void fragments_rendered_at_once_on_many_threads_each_have_their_expression_objects() throws Exception {
        // #strings and the other expression objects live in the render's evaluation context: one
        // shared by all renders lost them to a render on another thread (a 500 under load)
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> shouts = IntStream.range(0, 4_000)
                    .mapToObj(n -> threads.submit(() -> fragments.html("test/slots", "shout", new Label("runner " + n))
                            .toString()))
                    .toList();
            for (int n = 0; n < shouts.size(); n++) {
                assertThat(shouts.get(n).get()).isEqualTo("<p>RUNNER " + n + " Cramp-Proof</p>");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_fragment_may_call_beans_and_messages_and_is_kept_per_language() {
        PlanCalendarGrid.Week week = week(MONDAY, Mark.LONG_RUN, Mark.HEAVY);

        String english = fragments.html("fragments/calendar", "week", week).toString();
        LocaleContextHolder.setLocale(Locale.FRANCE);
        String french = fragments.html("fragments/calendar", "week", week).toString();

        assertThat(english).startsWith("<tr>").contains("Mon 1 Feb 2027")
                .contains("class=\"mark-long_run mark-heavy\"");
        // @wording.date formats in the request's language: French dates, so kept apart from English
        assertThat(french).isNotEqualTo(english).contains("lun. 1 févr. 2027");
        // the weeks of other plans are other values
        assertThat(fragments.html("fragments/calendar", "week", week(MONDAY.plusWeeks(1), Mark.LONG_RUN)))
                .contains("8 févr. 2027").doesNotContain("mark-heavy");
    }
}
