package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;

/** Coach sign-up, sign-in, sign-out and the session around them. */
class CoachAccountsTest extends CoachMvc {

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    CoachAccounts accounts;

    private ResultActions signUpWith(String name, String email, String password) throws Exception {
        return mvc.perform(post("/coach/sign-up").with(csrf()).param("name", name).param("email", email)
                .param("password", password));
    }

    private String hashOf(String email) {
        return jdbc.queryForObject("select password_hash from coach where email = ?", String.class, email);
    }

    @Test
    void signUp_redirects_303_to_sign_in_and_stores_a_bcrypt_hash_never_the_password() throws Exception {
        String email = uniqueEmail("hash");
        signUpWith("Carla Coach", email, PASSWORD)
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/coach/sign-in"));
        String hash = hashOf(email);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(jdbc.queryForObject("select name from coach where email = ?", String.class, email))
                .isEqualTo("Carla Coach");
        assertThat(codeOf(email)).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}");
    }

    @Test
    void signUp_password_of_11_characters_is_refused_beside_the_field_and_nothing_stored() throws Exception {
        String email = uniqueEmail("short");
        Document page = html(signUpWith("Carla Coach", email, "x".repeat(11)).andExpect(status().isOk()));
        assertThat(page.select("#password-error").text()).contains("12");
        assertThat(page.select("#password").attr("value")).isEmpty();
        assertThat(page.select("#email").attr("value")).isEqualTo(email);
        assertThat(coachesWith(email)).isZero();
        // 12 is enough
        signUpWith("Carla Coach", email, "x".repeat(12)).andExpect(status().isSeeOther());
        assertThat(coachesWith(email)).isEqualTo(1);
    }

    /** bcrypt reads 72 bytes: Spring Security refuses a longer password, which was a 500 (found by FuzzCoachTest). */
    @Test
    void signUp_password_over_72_bytes_is_refused_beside_the_field_and_nothing_stored() throws Exception {
        String email = uniqueEmail("long");
        for (String tooLong : new String[] {"x".repeat(73), "席".repeat(25), "é".repeat(37)}) {
            Document page = html(signUpWith("Carla Coach", email, tooLong).andExpect(status().isOk()));
            assertThat(page.select("#password-error").text()).as(tooLong).contains("12", "72");
        }
        assertThat(coachesWith(email)).isZero();
        signUpWith("Carla Coach", email, "x".repeat(72)).andExpect(status().isSeeOther());
        assertThat(coachesWith(email)).isEqualTo(1);
    }

    /** Control characters in a name or an email were stored; PostgreSQL refuses NUL outright (found by FuzzCoachTest). */
    @Test
    void signUp_control_characters_in_name_or_email_are_refused_and_nothing_stored() throws Exception {
        String email = uniqueEmail("ctl");
        Document name = html(signUpWith("Carla\u0000 Coach", email, PASSWORD).andExpect(status().isOk()));
        assertThat(name.select("#name-error").text()).isNotEmpty();
        String local = email.substring(0, email.indexOf('@'));
        for (String bad : new String[] {local + "\u0007" + email.substring(local.length()), local + "\u0000@example.org"}) {
            Document page = html(signUpWith("Carla Coach", bad, PASSWORD).andExpect(status().isOk()));
            assertThat(page.select("#email-error").text()).isNotEmpty();
            assertThat(coachesWith(bad)).isZero();
        }
        assertThat(coachesWith(email)).isZero();
    }

    @Test
    void signUp_email_is_unique_case_insensitively() throws Exception {
        String local = "coach-" + UUID.randomUUID().toString().substring(0, 8);
        signUpWith("First", local.toUpperCase() + "@X.org", PASSWORD).andExpect(status().isSeeOther());
        Document page = html(signUpWith("Second", local + "@x.ORG", PASSWORD).andExpect(status().isOk()));
        assertThat(page.select("#email-error").text()).contains("already exists");
        assertThat(coachesWith(local + "@x.org")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from coach where lower(email) = ?", String.class,
                local + "@x.org")).isEqualTo("First");
    }

    @Test
    void signUp_bad_email_is_refused_beside_the_field_and_nothing_stored() throws Exception {
        long before = jdbc.queryForObject("select count(*) from coach", Long.class);
        for (String bad : new String[] {"not-an-email", "two@@example.org", "no-dot@example", ""}) {
            Document page = html(signUpWith("Carla Coach", bad, PASSWORD).andExpect(status().isOk()));
            assertThat(page.select("#email-error").text()).as(bad).isNotEmpty();
        }
        assertThat(jdbc.queryForObject("select count(*) from coach", Long.class)).isEqualTo(before);
    }

    @Test
    void signUp_csrf_post_without_token_is_403_and_nothing_stored() throws Exception {
        String email = uniqueEmail("csrf");
        mvc.perform(post("/coach/sign-up").param("name", "Carla").param("email", email).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/coach/sign-up").with(csrf().useInvalidToken()).param("name", "Carla")
                .param("email", email).param("password", PASSWORD)).andExpect(status().isForbidden());
        assertThat(coachesWith(email)).isZero();
    }

    @Test
    void the_signed_in_coach_is_read_by_email_in_any_case_with_their_current_invite_code() throws Exception {
        String email = signUp("Carla Coach", uniqueEmail("roster-coach"));
        CoachAccounts.SignedIn coach = accounts.signedIn(" " + email.toUpperCase() + " ");
        assertThat(coach.id()).isEqualTo(jdbc.queryForObject("select id from coach where email = ?", Long.class, email));
        assertThat(coach.name()).isEqualTo("Carla Coach");
        String fresh = accounts.regenerateCode(email);
        assertThat(accounts.signedIn(email).inviteCode()).isEqualTo(fresh)
                .isEqualTo(jdbc.queryForObject("select invite_code from coach where email = ?", String.class, email));
    }

    @Test
    void signIn_with_form_login_redirects_to_coach_and_changes_the_session_id() throws Exception {
        String email = signUp("Carla Coach", uniqueEmail("signin"));
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        mvc.perform(post("/coach/sign-in").with(csrf()).session(session)
                        .param("email", email.toUpperCase()).param("password", PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/coach"));
        assertThat(session.getId()).as("session fixation: a new id at sign-in").isNotEqualTo(before);
        Document roster = html(mvc.perform(get("/coach").session(session)).andExpect(status().isOk()));
        assertThat(roster.text()).contains("Carla Coach");
    }

    @Test
    void signIn_wrong_password_redirects_to_error_and_the_page_says_they_do_not_match() throws Exception {
        String email = signUp("Carla Coach", uniqueEmail("wrong"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/coach/sign-in").with(csrf()).session(session)
                        .param("email", email).param("password", "not the password"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/coach/sign-in?error"));
        Document page = html(mvc.perform(get("/coach/sign-in").param("error", "").session(session)).andExpect(status().isOk()));
        assertThat(page.select("#sign-in-error").text()).contains("email and password do not match");
        mvc.perform(get("/coach").session(session)).andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/coach/sign-in")));
        // unknown email: the same answer
        mvc.perform(post("/coach/sign-in").with(csrf()).param("email", uniqueEmail("nobody"))
                .param("password", PASSWORD)).andExpect(redirectedUrl("/coach/sign-in?error"));
    }

    @Test
    void signIn_without_csrf_token_is_refused() throws Exception {
        String email = signUp("Carla Coach", uniqueEmail("nocsrf"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/coach/sign-in").session(session).param("email", email).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(get("/coach").session(session)).andExpect(status().isFound());
    }

    @Test
    void signOut_redirects_and_coach_pages_need_sign_in_again() throws Exception {
        String email = signUp("Carla Coach", uniqueEmail("signout"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/coach/sign-in").with(csrf()).session(session).param("email", email)
                .param("password", PASSWORD)).andExpect(redirectedUrl("/coach"));
        mvc.perform(get("/coach").session(session)).andExpect(status().isOk());

        mvc.perform(post("/coach/sign-out").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/?signedOut"));
        mvc.perform(get("/coach").session(session))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/coach/sign-in")));
        mvc.perform(get("/api/coach/athletes").session(session)).andExpect(status().isUnauthorized());
    }
}
