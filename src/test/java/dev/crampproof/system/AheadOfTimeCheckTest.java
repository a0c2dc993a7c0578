package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A start with the ahead-of-time set-up is refused whenever it would ignore the configuration. */
class AheadOfTimeCheckTest {

    private final AheadOfTimeCheck aheadOfTime = new AheadOfTimeCheck(true);

    @Test
    void the_default_set_up_starts() {
        assertThatCode(() -> aheadOfTime.check(new MockEnvironment())).doesNotThrowAnyException();
        assertThatCode(() -> aheadOfTime.check(new MockEnvironment().withProperty("crampproof.rate-limit.store", "memory")))
                .doesNotThrowAnyException();
    }

    @Test
    void a_profile_is_refused_with_what_to_do() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");

        assertThatThrownBy(() -> aheadOfTime.check(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the profile(s) postgres")
                .hasMessageContaining("Start without -Dspring.aot.enabled=true");
    }

    @Test
    void settings_that_choose_other_beans_are_refused() {
        assertThatThrownBy(() -> aheadOfTime.check(new MockEnvironment().withProperty("crampproof.sessions.jdbc", "true")))
                .hasMessageContaining("crampproof.sessions.jdbc");
        assertThatThrownBy(() -> aheadOfTime.check(new MockEnvironment().withProperty("crampproof.rate-limit.store", "database")))
                .hasMessageContaining("crampproof.rate-limit.store");
    }

    @Test
    void without_the_ahead_of_time_set_up_anything_goes() {
        MockEnvironment environment = new MockEnvironment().withProperty("crampproof.sessions.jdbc", "true");
        environment.setActiveProfiles("postgres");

        assertThatCode(() -> new AheadOfTimeCheck(false).check(environment)).doesNotThrowAnyException();
    }
}
