package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/** Brute force: 5 failures per (email, client address) in 15 minutes lock that pair for 15 minutes. */
class SignInThrottleTest extends CoachMvc {

    private ResultActions signIn(MockHttpSession session, String email, String password, String address)
            throws Exception {
        return mvc.perform(post("/coach/sign-in").with(csrf()).with(from(address)).session(session)
                .param("email", email).param("password", password));
    }

    private void fiveWrong(String email, String address) throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(new MockHttpSession(), email, "wrong password " + i, address)
                    .andExpect(redirectedUrl("/coach/sign-in?error"));
        }
    }

    private String errorShown(MockHttpSession session) throws Exception {
        return html(mvc.perform(get("/coach/sign-in").param("error", "").session(session)).andExpect(status().isOk()))
                .select("#sign-in-error").text();
    }

    /** Moves this email's failures into the past; computed here so the SQL runs on H2 and PostgreSQL. */
    private void shiftFailures(String email, int minutes) {
        jdbc.query("select id, failed_at from sign_in_failure where email = ?", row -> {
            jdbc.update("update sign_in_failure set failed_at = ? where id = ?",
                    java.sql.Timestamp.from(row.getTimestamp(2).toInstant().minusSeconds(60L * minutes)), row.getLong(1));
        }, email);
    }

    @Test
    void bruteForce_after_5_wrong_passwords_the_right_one_is_refused_from_that_address() throws Exception {
        String email = signUp("Locked Coach", uniqueEmail("brute"));
        fiveWrong(email, "10.0.0.1");

        MockHttpSession session = new MockHttpSession();
        signIn(session, email, PASSWORD, "10.0.0.1").andExpect(redirectedUrl("/coach/sign-in?error"));
        assertThat(errorShown(session)).contains("Too many failed sign-ins");
        mvc.perform(get("/coach").session(session)).andExpect(status().isFound());
        // the email in another case is the same account, so the same lock
        signIn(new MockHttpSession(), email.toUpperCase(), PASSWORD, "10.0.0.1")
                .andExpect(redirectedUrl("/coach/sign-in?error"));
    }

    @Test
    void bruteForce_the_same_coach_from_another_address_still_signs_in() throws Exception {
        String email = signUp("Locked Coach", uniqueEmail("elsewhere"));
        fiveWrong(email, "10.0.0.1");

        MockHttpSession session = new MockHttpSession();
        signIn(session, email, PASSWORD, "10.0.0.2").andExpect(redirectedUrl("/coach"));
        mvc.perform(get("/coach").session(session)).andExpect(status().isOk());
        // ... while the guessing address stays locked
        signIn(new MockHttpSession(), email, PASSWORD, "10.0.0.1").andExpect(redirectedUrl("/coach/sign-in?error"));
    }

    @Test
    void bruteForce_one_wrong_password_counts_as_one_failure() throws Exception {
        String email = signUp("Counted Coach", uniqueEmail("once"));
        signIn(new MockHttpSession(), email, "wrong", "10.0.0.4").andExpect(redirectedUrl("/coach/sign-in?error"));
        // Once counted twice: the provider ran in the chain and again in the global manager.
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where email = ? and address = ?",
                Integer.class, email, "10.0.0.4")).isEqualTo(1);
    }

    /**
     * An email no coach can have (too long for sign-up, or with control characters) is a plain
     * failure, not counted: storing it failed (a 500 for one over 320 characters, found by FuzzCoachTest).
     */
    @Test
    void bruteForce_an_email_no_coach_can_have_fails_without_a_count() throws Exception {
        long before = jdbc.queryForObject("select count(*) from sign_in_failure", Long.class);
        for (String impossible : new String[] {"a".repeat(321) + "@example.org", "b".repeat(255), "nul\u0000@example.org"}) {
            signIn(new MockHttpSession(), impossible, PASSWORD, "10.0.0.9").andExpect(redirectedUrl("/coach/sign-in?error"));
        }
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure", Long.class)).isEqualTo(before);
    }

    @Test
    void bruteForce_four_failures_do_not_lock_and_a_success_clears_the_count() throws Exception {
        String email = signUp("Careful Coach", uniqueEmail("four"));
        // Once counted twice: the provider ran in the chain and again in the global manager.
        for (int i = 0; i < 4; i++) {
            signIn(new MockHttpSession(), email, "wrong", "10.0.0.3").andExpect(redirectedUrl("/coach/sign-in?error"));
        }
        signIn(new MockHttpSession(), email, PASSWORD, "10.0.0.3").andExpect(redirectedUrl("/coach"));
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where email = ?", Integer.class, email))
                .isZero();
        signIn(new MockHttpSession(), email, "wrong", "10.0.0.3").andExpect(redirectedUrl("/coach/sign-in?error"));
        signIn(new MockHttpSession(), email, PASSWORD, "10.0.0.3").andExpect(redirectedUrl("/coach"));
    }

    @Test
    void bruteForce_the_lock_lasts_15_minutes_then_the_first_address_works_again() throws Exception {
        String email = signUp("Patient Coach", uniqueEmail("later"));
        fiveWrong(email, "10.0.0.1");

        // 14 minutes later (the failures moved back in time): still locked
        shiftFailures(email, 14);
        MockHttpSession session = new MockHttpSession();
        signIn(session, email, PASSWORD, "10.0.0.1").andExpect(redirectedUrl("/coach/sign-in?error"));
        assertThat(errorShown(session)).contains("Too many failed sign-ins");

        // 16 minutes after the failures: free again
        shiftFailures(email, 2);
        signIn(new MockHttpSession(), email, PASSWORD, "10.0.0.1").andExpect(redirectedUrl("/coach"));
    }

    @Test
    void bruteForce_moving_the_clock_on_a_day_unlocks_the_first_address() throws Exception {
        String email = signUp("Patient Coach", uniqueEmail("tomorrow"));
        fiveWrong(email, "10.0.0.1");
        signIn(new MockHttpSession(), email, PASSWORD, "10.0.0.1").andExpect(redirectedUrl("/coach/sign-in?error"));

        today.moveTo(TODAY.plusDays(1));
        MockHttpSession session = new MockHttpSession();
        signIn(session, email, PASSWORD, "10.0.0.1").andExpect(redirectedUrl("/coach"));
        Document roster = html(mvc.perform(get("/coach").session(session)).andExpect(status().isOk()));
        assertThat(roster.text()).contains("Patient Coach");
    }
}
