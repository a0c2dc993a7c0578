package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.CrampProofTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CrampProofTest
class PlanPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Plans plans;

    static MockHttpServletRequestBuilder validForm() {
        return validForm("SUNDAY", "WEDNESDAY");
    }

    static MockHttpServletRequestBuilder validForm(String longRunDay, String speedDay) {
        return post("/plans").with(csrf())
                .param("runnerName", "Ana Ruiz")
                .param("raceName", "Valencia Marathon")
                .param("raceDate", "2027-04-18")
                .param("raceDistance", "MARATHON")
                .param("weeklyMileage", "35.5")
                .param("mileageUnit", "MILES")
                .param("longRunDay", longRunDay)
                .param("speedDay", speedDay)
                .param("crampMuscles", "CALF", "HAMSTRING")
                .param("crampFrequency", "MOST_RACES")
                .param("crampOnset", "20")
                .param("fluidsAlreadyChanged", "true")
                .param("liftingExperience", "SOME")
                .param("equipment", "GYM")
                .param("raceConditions", "HOT")
                .param("preferredStartWeeks", "16");
    }

    @Test
    void home_page_explains_the_plan_and_offers_every_input_with_defaults() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        for (String field : new String[] {"runnerName", "raceName", "raceDate", "raceDistance", "weeklyMileage",
                "mileageUnit", "longRunDay", "speedDay", "crampMuscles", "crampFrequency", "crampOnset",
                "crampsInTraining", "fluidsAlreadyChanged", "liftingExperience", "equipment", "raceConditions",
                "preferredStartWeeks", "coachCode"}) {
            assertThat(page.select("[name=" + field + "]")).as(field).isNotEmpty();
            assertThat(page.getElementById(field + "-help")).as(field + " help").isNotNull();
        }
        assertThat(page.select("select#longRunDay option[selected]").attr("value")).isEqualTo("SUNDAY");
        assertThat(page.select("select#speedDay option[selected]").attr("value")).isEqualTo("WEDNESDAY");
        assertThat(page.select("select#preferredStartWeeks option[selected]").attr("value")).isEqualTo("16");
        assertThat(page.select("input[name=_csrf]")).isNotEmpty();
        assertThat(page.select(".intro p")).hasSize(2);
    }

    @Test
    void a_valid_form_stores_the_plan_and_redirects_with_303_to_its_page() throws Exception {
        long before = plans.count();
        MvcResult result = mvc.perform(validForm())
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/plans/[A-Za-z0-9_-]{32}")))
                .andReturn();
        assertThat(plans.count()).isEqualTo(before + 1);

        String location = result.getResponse().getHeader("Location");
        Document page = Jsoup.parse(mvc.perform(get(location)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).contains("Ana Ruiz");
        assertThat(page.select(".key-dates").text())
                .contains("Sun 18 Apr 2027", "Sun 27 Dec 2026", "Wed 13 Jan 2027", "Sun 28 Mar 2027");
        assertThat(page.select(".week")).hasSize(14);
        assertThat(page.select("#week-2").attr("aria-labelledby")).isEqualTo("week-2-title");
        assertThat(page.select("#week-2-title").text()).isEqualTo("Week 2 from Mon 28 Dec 2026");
        assertThat(page.select("#week-2 > .long-run time").text()).isEqualTo("Sun 3 Jan 2027");
        assertThat(page.select("#session-2026-12-27-heavy .anchor").text()).isEqualTo("Right after your long run");
        assertThat(page.select("#session-2026-12-27-light .anchor").text()).isEqualTo("Later that day");
        assertThat(page.select("#session-2027-01-13-heavy .conditional-note")).isNotEmpty();
        assertThat(page.select("#session-2027-01-13-heavy").first().classNames())
                .containsExactlyInAnyOrder("session", "heavy", "conditional");
        assertThat(page.select("#session-2026-12-27-light").first().classNames())
                .containsExactlyInAnyOrder("session", "light");
        assertThat(page.select("#session-2026-12-27-heavy .rest").text()).contains("3–5 minutes");
        assertThat(page.select("#session-2026-12-27-heavy .cue").text()).isNotBlank();
        assertThat(page.select("#session-2026-12-27-heavy .dose").first().text()).isEqualTo("3 × 5");
        assertThat(page.select("#session-2026-12-27-heavy .exercise-name").first().text()).isEqualTo("Back squat");
        assertThat(page.select("#session-2026-12-27-heavy .trains").first().text()).isEqualTo("Trains: glutes, hips, quads");
        // loads: a word or two in every table, what each means once, in the legend
        assertThat(page.select("#session-2026-12-27-heavy .load").first().text()).isEqualTo("Heavy");
        assertThat(page.select("#session-2026-12-27-light .load").first().text()).isEqualTo("Light");
        assertThat(page.select(".how .loads #load-heavy-gym dd").text())
                .isEqualTo("Barbell or trap bar loaded so that the last rep is the last one you can do with clean form.");
        assertThat(page.select(".how .loads dt").eachText()).doesNotHaveDuplicates()
                .containsAll(page.select("td.load").eachText().stream().distinct().toList());
        assertThat(page.select(".advice li")).isNotEmpty();
        assertThat(page.select("#race-day-card li")).hasSize(6);
        assertThat(page.select("link[media=print]")).isNotEmpty();
        // the block at a glance: its legend, the weekdays, and a row for each calendar week from
        // the block's first Monday to race week
        assertThat(page.select(".calendar .legend li")).hasSize(PlanCalendarGrid.Mark.values().length);
        assertThat(page.select(".calendar thead th").eachText())
                .containsExactly("Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(page.select(".calendar tbody tr")).hasSize(17);
        assertThat(page.select(".calendar tbody tr th").first().text()).isEqualTo("Mon 21 Dec 2026");
        assertThat(page.select(".calendar tbody tr").last().select("td.mark-race")).hasSize(1);
        // a day's marks: the long run's Sunday with its double day, the conditional one after a speed run
        assertThat(calendarDay(page, "Mon 21 Dec 2026", 6).classNames())
                .containsExactlyInAnyOrder("mark-long_run", "mark-heavy", "mark-light");
        assertThat(calendarDay(page, "Mon 11 Jan 2027", 2).classNames())
                .containsExactlyInAnyOrder("mark-speed_run", "mark-heavy", "mark-light", "mark-conditional");
    }

    /** The calendar's cell of a day: its week's row by the Monday, then the weekday (0 for Monday). */
    private static Element calendarDay(Document page, String monday, int weekday) {
        return page.select(".calendar tbody tr").stream()
                .filter(row -> row.select("th").text().equals(monday)).findFirst().orElseThrow()
                .select("td").get(weekday);
    }

    /** Headings are worded once for everyone training that day, but by what the session follows too. */
    @Test
    void sessions_on_one_day_after_different_runs_keep_their_own_headings() throws Exception {
        Document afterSpeed = planPage(validForm());
        Document afterLongRun = planPage(validForm("WEDNESDAY", "SATURDAY"));

        assertThat(afterSpeed.select("#session-2027-01-13-heavy .anchor").text())
                .isEqualTo("Right after your speed session");
        assertThat(afterLongRun.select("#session-2027-01-13-heavy .anchor").text())
                .isEqualTo("Right after your long run");
        assertThat(afterLongRun.select("#session-2027-01-13-heavy time").text())
                .isEqualTo(afterSpeed.select("#session-2027-01-13-heavy time").text()).isEqualTo("Wed 13 Jan 2027");
    }

    private Document planPage(MockHttpServletRequestBuilder form) throws Exception {
        String location = mvc.perform(form).andExpect(status().isSeeOther()).andReturn().getResponse()
                .getHeader("Location");
        return Jsoup.parse(mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void a_form_without_csrf_token_is_refused_and_nothing_is_stored() throws Exception {
        long before = plans.count();
        mvc.perform(validForm().with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    void an_unknown_plan_gets_the_friendly_not_found_page() throws Exception {
        String body = mvc.perform(get("/plans/no-such-plan")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception").doesNotContain("at dev.crampproof");
    }

    @Test
    void an_address_nothing_answers_is_the_friendly_page_for_people_and_a_problem_under_the_api() throws Exception {
        String page = mvc.perform(get("/plans/a/b/c").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("We could not find that page");
        mvc.perform(get("/api/plans/a/b/c")).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
