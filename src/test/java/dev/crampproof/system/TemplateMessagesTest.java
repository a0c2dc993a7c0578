package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.CrampProofTest;
import dev.crampproof.coach.Roster.Completion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

/** Texts come from Wording, kept where they can be; unknown codes from Spring's resolver. */
@CrampProofTest
class TemplateMessagesTest {

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    SharedFragments fragments;

    @Autowired
    Wording wording;

    @Test
    void kept_texts_are_asked_first_and_springs_resolver_answers_the_rest() {
        assertThat(templates.getMessageResolvers()).extracting(IMessageResolver::getClass)
                .containsExactly(TemplateMessages.class, SpringMessageResolver.class);
    }

    @Test
    void texts_with_and_without_arguments_both_come_out() {
        String html = fragments.html("fragments/completion", "completion", new Completion(50, List.of(-1, 100))).toString();

        // #{percent(…)} has an argument: Wording formats it
        assertThat(html).contains("50 %");
        // #{roster.sparkline(…)} with arguments, its percents in words from #{percent.none} (kept)
        assertThat(html).contains("aria-label=\"Done in each of the last 2 weeks, oldest first: nothing planned, 100 %.\"");
    }

    @Test
    void a_text_with_numbers_or_short_strings_is_formatted_once_and_a_long_argument_each_time() {
        String once = wording.text("plan.progress.count", new Object[] {3, 4}, Locale.ENGLISH);
        String note = "x".repeat(65);

        assertThat(wording.text("plan.progress.count", new Object[] {3, 4}, Locale.ENGLISH)).isSameAs(once);
        assertThat(wording.text("plan.title", new Object[] {note}, Locale.ENGLISH)).contains(note)
                .isNotSameAs(wording.text("plan.title", new Object[] {note}, Locale.ENGLISH));
        assertThat(wording.text("plan.title", new Object[] {"Ana"}, Locale.ENGLISH))
                .isSameAs(wording.text("plan.title", new Object[] {"Ana"}, Locale.ENGLISH));
    }

    @Test
    void an_unknown_code_with_arguments_still_shows_as_springs_marker() {
        String html = fragments.html("test/unknown-text", "unknown", new Unknown(7)).toString();

        assertThat(html).contains("??no.such.text_en??");
    }

    record Unknown(int count) {
    }
}
