package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.CrampProofTest;
import dev.crampproof.coach.Roster.Completion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

/** Texts without arguments come from Wording's kept texts; the rest from Spring's resolver. */
@CrampProofTest
class TemplateMessagesTest {

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    SharedFragments fragments;

    @Test
    void kept_texts_are_asked_first_and_springs_resolver_answers_the_rest() {
        assertThat(templates.getMessageResolvers()).extracting(IMessageResolver::getClass)
                .containsExactly(TemplateMessages.class, SpringMessageResolver.class);
    }

    @Test
    void texts_with_and_without_arguments_both_come_out() {
        String html = fragments.html("fragments/completion", "completion", new Completion(50, List.of(-1, 100)));

        // #{percent(…)} has an argument: Spring's resolver formats it
        assertThat(html).contains("50 %");
        // #{roster.sparkline(…)} with arguments, its percents in words from #{percent.none} (kept)
        assertThat(html).contains("aria-label=\"Done in each of the last 2 weeks, oldest first: nothing planned, 100 %.\"");
    }
}
