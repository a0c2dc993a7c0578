package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.runner.MidnightCompletionCount;
import dev.crampproof.runner.Plans;
import dev.crampproof.runner.RecentCompletion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Invite codes, joining and leaving, and the roster's columns, sorting, filters and pages. */
class RosterTest extends CoachMvc {

    @Autowired
    MidnightCompletionCount midnight;

    @Autowired
    RecentCompletion completion;

    @Autowired
    Plans storedPlans;

    @Autowired
    TransactionTemplate transactions;

    private long plans() {
        return jdbc.queryForObject("select count(*) from plan", Long.class);
    }

    private void crampOn(String token, LocalDate date) {
        jdbc.update("update plan set last_cramp_on = ? where token = ?", date, token);
    }

    /**
     * A new plan is stored with its completion as of the day it is made (no session of it lies in
     * the last four weeks), so storing it needs no count: a count right after changes nothing.
     */
    @Test
    void a_new_plan_is_stored_with_the_completion_a_count_gives_it() throws Exception {
        String token = planFor("Fresh Count", codeOf(newCoach("Fresh Coach")));
        String stored = "select roster_completion || ' ' || roster_completion_on from plan where token = ?";
        String asStored = jdbc.queryForObject(stored, String.class, token);
        assertThat(asStored).isEqualTo(jdbc.queryForObject("select cast(-1 as double precision) || ' ' || ?",
                String.class, TODAY));
        transactions.executeWithoutResult(status -> completion.recount(storedPlans.findByToken(token).orElseThrow(), TODAY));
        assertThat(jdbc.queryForObject(stored, String.class, token)).isEqualTo(asStored);
    }

    @Test
    void inviteCode_is_8_characters_of_the_alphabet_and_shown_on_the_roster() throws Exception {
        String email = newCoach("Code Coach");
        String shown = rosterPage(email, "").select(".invite .code").text();
        assertThat(shown).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}").isEqualTo(codeOf(email));
    }

    @Test
    void inviteCode_a_new_one_replaces_the_old_which_stops_working_for_joining() throws Exception {
        String email = newCoach("Code Coach");
        String old = codeOf(email);
        mvc.perform(post("/coach/invite-code").with(csrf()).with(as(email)))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/coach"));
        String fresh = codeOf(email);
        assertThat(fresh).isNotEqualTo(old).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}");
        assertThat(rosterPage(email, "").select(".invite .code").text()).isEqualTo(fresh);

        String token = planFor("Late Joiner", null);
        MvcResult refused = mvc.perform(post("/plans/" + token + "/coach").with(csrf()).param("coachCode", old))
                .andExpect(status().isSeeOther()).andReturn();
        Document page = html(mvc.perform(get("/plans/" + token).flashAttrs(refused.getFlashMap())));
        assertThat(page.select("#join-coach-code-error").text()).contains("No coach has this code");
        assertThat(keyOf(token)).isNull();
        assertThat(names(rosterPage(email, ""))).isEmpty();

        mvc.perform(post("/plans/" + token + "/coach").with(csrf()).param("coachCode", fresh))
                .andExpect(status().isSeeOther());
        assertThat(names(rosterPage(email, ""))).containsExactly("Late Joiner");
    }

    @Test
    void joining_with_the_plan_form_code_in_lower_case_with_a_dash_puts_the_runner_on_the_roster() throws Exception {
        String email = newCoach("Join Coach");
        String code = codeOf(email);
        String typed = (code.substring(0, 4) + "-" + code.substring(4)).toLowerCase();
        mvc.perform(planForm("Form Runner").param("coachCode", typed))
                .andExpect(status().isSeeOther());
        assertThat(names(rosterPage(email, ""))).containsExactly("Form Runner");
    }

    @Test
    void joining_a_wrong_code_on_the_plan_form_is_shown_beside_the_field_and_nothing_stored() throws Exception {
        long before = plans();
        Document page = html(mvc.perform(planForm("Wrong Code").param("coachCode", "ZZZZ-ZZZZ-Q")));
        assertThat(page.select("#coachCode-error").text()).contains("No coach has this code");
        assertThat(page.select("#coachCode").attr("value")).isEqualTo("ZZZZ-ZZZZ-Q");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void joining_from_the_plan_page_and_leaving_update_the_roster() throws Exception {
        String email = newCoach("Page Coach");
        String token = planFor("Page Runner", null);
        assertThat(runnerPage(token).select("#join-coach-code")).isNotEmpty();

        mvc.perform(post("/plans/" + token + "/coach").with(csrf()).param("coachCode", codeOf(email).toLowerCase()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/plans/" + token + "#coach"));
        assertThat(names(rosterPage(email, ""))).containsExactly("Page Runner");
        assertThat(runnerPage(token).select("#coach").text()).contains("You train with Page Coach");
        String key = keyOf(token);

        mvc.perform(post("/plans/" + token + "/coach/leave").with(csrf())).andExpect(status().isSeeOther());
        assertThat(names(rosterPage(email, ""))).isEmpty();
        mvc.perform(get("/coach/athletes/" + key).with(as(email))).andExpect(status().isNotFound());
        assertThat(runnerPage(token).select("#join-coach-code")).isNotEmpty();
    }

    @Test
    void roster_shows_name_race_weeks_phase_completion_cramp_second_day_and_unread() throws Exception {
        String email = newCoach("Column Coach");
        String token = planFor("Ana Columns", codeOf(email));
        planFor("Bea Quiet", codeOf(email));
        today.moveTo(LocalDate.of(2026, 12, 28));
        putLog(token, HEAVY, "{\"status\": \"DONE\", \"rpe\": 7, \"cramp\": {\"muscle\": \"CALF\", \"timing\": \"DURING\"}}")
                .andExpect(status().isOk());

        Document roster = rosterPage(email, "");
        assertThat(roster.select("table.roster thead th").eachText()).hasSize(8);
        var cells = row(roster, "Ana Columns").select("td");
        assertThat(cells.get(0).text()).contains("Valencia Marathon", "18 Apr 2027");
        assertThat(cells.get(1).text()).isEqualTo("15"); // 2026-12-28 to 2027-04-18
        assertThat(cells.get(2).text()).isEqualTo("Block week 2"); // the day after week 1's long run
        assertThat(cells.get(3).text()).matches("[1-9][0-9]* %"); // 1 done of the sessions planned so far
        assertThat(cells.get(4).text()).contains("27 Dec 2026");
        assertThat(cells.get(5).text()).isEqualTo("waiting for check-in");
        assertThat(cells.get(6).select(".unread").text()).isEqualTo("New logs");
        var quiet = row(roster, "Bea Quiet").select("td");
        assertThat(quiet.get(4).text()).isEqualTo("—");
        assertThat(quiet.get(6).select(".unread")).isEmpty();
    }

    @Test
    void roster_sparkline_shows_completion_per_week_for_the_last_six_weeks_with_a_text_label() throws Exception {
        String email = newCoach("Sparkline Coach");
        String token = planFor("Ana Sparkline", codeOf(email));
        today.moveTo(LocalDate.of(2027, 1, 24)); // week 5 of the block that starts 2026-12-27
        putLog(token, HEAVY, "{\"status\": \"DONE\", \"rpe\": 7}").andExpect(status().isOk());
        putLog(token, "2026-12-27-light", "{\"status\": \"DONE\", \"rpe\": 5}").andExpect(status().isOk());

        // Weeks of 7 days ending today, oldest first: 14-20 Dec nothing planned, the double day of
        // 27 Dec both done, the long-run double days of 3, 10, 17 and 24 Jan not logged.
        var sparkline = row(rosterPage(email, ""), "Ana Sparkline").selectFirst("svg.sparkline");
        assertThat(sparkline.attr("role")).isEqualTo("img");
        assertThat(sparkline.attr("aria-label")).isEqualTo("Done in each of the last 6 weeks, oldest first: "
                + "nothing planned, 100 %, 0 %, 0 %, 0 %, 0 %.");
        assertThat(sparkline.select("rect.bar").eachAttr("height")).containsExactly("19", "1", "1", "1", "1");
        assertThat(sparkline.select("rect.empty").eachAttr("x")).containsExactly("0");

        JsonNode athlete = json.readTree(mvc.perform(get("/api/coach/athletes").with(as(email)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("athletes").get(0);
        assertThat(athlete.get("weeklyCompletion").toString()).isEqualTo("[-1,100,0,0,0,0]");
        // the row's parts for the page (standing, status, completion cell) are not fields of the API
        assertThat(athlete.propertyNames()).containsExactly("key", "name", "raceName", "raceDistance", "raceDate",
                "blockStart", "blockEnd", "secondDayOn", "lastCrampOn", "unread", "done", "planned", "weeklyCompletion");
    }

    @Test
    void roster_sorts_by_name_race_and_cramp_and_every_column_answers_200() throws Exception {
        String email = newCoach("Sort Coach");
        String code = codeOf(email);
        String bob = planFor("bob Middle", "2027-05-16", code);
        String ana = planFor("Ana First", "2027-06-13", code);
        planFor("Cid Last", "2027-04-18", code);
        crampOn(bob, LocalDate.of(2026, 11, 1));
        crampOn(ana, LocalDate.of(2026, 11, 15));

        assertThat(names(rosterPage(email, ""))).containsExactly("Ana First", "bob Middle", "Cid Last");
        assertThat(names(rosterPage(email, "?sort=name&dir=desc"))).containsExactly("Cid Last", "bob Middle", "Ana First");
        assertThat(names(rosterPage(email, "?sort=race&dir=asc"))).containsExactly("Cid Last", "bob Middle", "Ana First");
        assertThat(names(rosterPage(email, "?sort=race&dir=desc"))).containsExactly("Ana First", "bob Middle", "Cid Last");
        assertThat(names(rosterPage(email, "?sort=cramp&dir=desc"))).containsExactly("Ana First", "bob Middle", "Cid Last");
        assertThat(names(rosterPage(email, "?sort=cramp&dir=asc"))).containsExactly("Cid Last", "bob Middle", "Ana First");
        for (String sort : List.of("name", "race", "weeks", "phase", "completion", "cramp", "secondDay", "unread")) {
            for (String dir : List.of("asc", "desc")) {
                assertThat(names(rosterPage(email, "?sort=" + sort + "&dir=" + dir))).as(sort + " " + dir).hasSize(3);
                mvc.perform(get("/api/coach/athletes").param("sort", sort).param("dir", dir).with(as(email)))
                        .andExpect(status().isOk());
            }
        }
    }

    @Test
    void roster_unknown_sort_falls_back_to_name_and_sql_in_sort_is_harmless() throws Exception {
        String email = newCoach("Safe Coach");
        planFor("Zed Runner", "2027-03-14", codeOf(email));
        planFor("Amy Runner", "2027-05-16", codeOf(email));
        assertThat(names(rosterPage(email, "?sort=shoeSize"))).containsExactly("Amy Runner", "Zed Runner");
        Document injected = html(mvc.perform(get("/coach").param("sort", "name; drop table plan")
                .param("dir", "asc; drop table coach").with(as(email))).andExpect(status().isOk()));
        assertThat(names(injected)).containsExactly("Amy Runner", "Zed Runner");
        mvc.perform(get("/api/coach/athletes").param("sort", "p.id; drop table plan").with(as(email)))
                .andExpect(status().isOk());
        mvc.perform(get("/coach").param("name", "' or 1=1 --").with(as(email))).andExpect(status().isOk());
        assertThat(plans()).isPositive();
        assertThat(names(rosterPage(email, ""))).hasSize(2);
    }

    @Test
    void roster_filters_by_name_substring_case_insensitively_and_by_cramped_in_the_last_28_days() throws Exception {
        String email = newCoach("Filter Coach");
        String code = codeOf(email);
        String recent = planFor("Maria Recent", code);
        String old = planFor("Mario Old", code);
        planFor("Nobody Cramps", code);
        crampOn(recent, TODAY.minusDays(28));
        crampOn(old, TODAY.minusDays(29));

        assertThat(names(rosterPage(email, "?name=MARI"))).containsExactly("Maria Recent", "Mario Old");
        assertThat(names(rosterPage(email, "?name=cRaMp"))).containsExactly("Nobody Cramps");
        assertThat(names(rosterPage(email, "?cramped=true"))).containsExactly("Maria Recent");
        assertThat(names(rosterPage(email, "?cramped=true&name=old"))).isEmpty();
        assertThat(names(rosterPage(email, "?name=%25"))).isEmpty();
    }

    @Test
    void roster_pagination_30_athletes_give_25_then_5_and_the_json_api_returns_the_same_page() throws Exception {
        String email = newCoach("Busy Coach");
        String code = codeOf(email);
        for (int i = 1; i <= 30; i++) {
            planFor("Runner %02d".formatted(i), code);
        }
        List<String> first = names(rosterPage(email, "?page=0"));
        List<String> second = names(rosterPage(email, "?page=1"));
        assertThat(first).hasSize(25).first().isEqualTo("Runner 01");
        assertThat(second).containsExactly("Runner 26", "Runner 27", "Runner 28", "Runner 29", "Runner 30");
        assertThat(rosterPage(email, "?page=1").select("nav.pages").text()).contains("2");

        for (int page = 0; page <= 1; page++) {
            JsonNode answer = json.readTree(mvc.perform(get("/api/coach/athletes").param("page", "" + page)
                    .with(as(email))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(answer.get("total").intValue()).isEqualTo(30);
            assertThat(answer.get("pages").intValue()).isEqualTo(2);
            List<String> apiNames = new ArrayList<>();
            answer.get("athletes").values().forEach(a -> apiNames.add(a.get("name").stringValue()));
            assertThat(apiNames).isEqualTo(page == 0 ? first : second);
        }
    }

    /**
     * Pages after the first are read from where they begin (Roster.page, RosterBookmarks): every
     * sort and direction gives each athlete once, in the order the database sorts the whole squad
     * in, ties included. 62 athletes, 31 of them cramped on one of three days: going up by cramp,
     * the second page begins among those without a cramp and runs on into the cramped; going down,
     * it begins among the cramped and runs on into those without; the third begins among the
     * cramped going up and among those without going down. Filtered by name, the pages are those of
     * the athletes the filter leaves.
     */
    @Test
    void roster_pages_after_the_first_give_every_athlete_once_in_order() throws Exception {
        String email = newCoach("Deep Coach");
        String code = codeOf(email);
        for (int i = 0; i < 62; i++) {
            String token = planFor("Deep %02d".formatted(i % 20), i % 3 == 0 ? "2027-06-13" : "2027-04-18", code);
            if (i % 2 == 1) {
                crampOn(token, LocalDate.of(2026, 11, 10 + i % 3));
            }
        }
        Long coach = jdbc.queryForObject("select id from coach where email = ?", Long.class, email);
        for (String sort : Roster.SORTS.keySet()) {
            for (String dir : List.of("asc", "desc")) {
                List<String> paged = new ArrayList<>();
                for (int page = 0; page <= 3; page++) {
                    paged.addAll(apiRoster(email, sort, dir, page, "key"));
                }
                String nulls = sort.equals("cramp") ? (dir.equals("asc") ? " nulls first" : " nulls last") : "";
                List<String> sorted = jdbc.queryForList("select p.athlete_key from plan p where p.coach_id = ? order by "
                        + Roster.SORTS.get(sort) + " " + dir + nulls + ", p.id " + dir, String.class, coach);
                assertThat(paged).as("%s %s", sort, dir).hasSize(62).isEqualTo(sorted);
            }
        }
        List<String> byName = new ArrayList<>();
        for (int page = 0; page <= 2; page++) {
            byName.addAll(names(rosterPage(email, "?sort=name&dir=asc&page=" + page)));
        }
        assertThat(byName).hasSize(62).isSorted();

        List<String> filtered = new ArrayList<>();
        for (int page = 0; page <= 2; page++) {
            filtered.addAll(names(html(mvc.perform(get("/coach").param("sort", "cramp").param("dir", "desc")
                    .param("name", "deep 1").param("page", "" + page).with(as(email))).andExpect(status().isOk()))));
        }
        assertThat(filtered).hasSize(30).allMatch(name -> name.startsWith("Deep 1"));
        assertThat(filtered.subList(0, 15)).as("the cramped first").allMatch(name -> name.charAt(6) % 2 == 1);
    }

    /**
     * Where later pages begin is kept for crampproof.roster.bookmarks-keep (RosterBookmarks): an
     * athlete renamed meanwhile leaves the page to begin where it began, then the page begins where
     * it now does; someone joining has the starts read again at once.
     */
    @Test
    void roster_later_pages_begin_where_they_began_until_kept_long_enough_or_someone_joins() throws Exception {
        String email = newCoach("Kept Coach");
        String code = codeOf(email);
        String first = planFor("Kept 01", code);
        for (int i = 2; i <= 30; i++) {
            planFor("Kept %02d".formatted(i), code);
        }
        AtomicLong nanos = new AtomicLong();
        Roster roster = new Roster(jdbc, completion, new RosterBookmarks(jdbc, Duration.ofSeconds(5), nanos::get),
                Duration.ofSeconds(30));
        long coach = jdbc.queryForObject("select id from coach where email = ?", Long.class, email);
        Roster.Query second = new Roster.Query("", false, "name", false, 1);
        LocalDate day = LocalDate.now(today);
        assertThat(names(roster.page(coach, second, day))).containsExactly("Kept 26", "Kept 27", "Kept 28", "Kept 29",
                "Kept 30");

        mvc.perform(planForm("/plans/" + first + "/edit", "Kept 99")).andExpect(status().isSeeOther());
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(names(roster.page(coach, second, day))).as("begun where it began").containsExactly("Kept 26",
                "Kept 27", "Kept 28", "Kept 29", "Kept 30", "Kept 99");
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(names(roster.page(coach, second, day))).as("begun where it now begins").containsExactly("Kept 27",
                "Kept 28", "Kept 29", "Kept 30", "Kept 99");

        planFor("Kept 00", code);
        assertThat(names(roster.page(coach, second, day))).as("after someone joined").containsExactly("Kept 26",
                "Kept 27", "Kept 28", "Kept 29", "Kept 30", "Kept 99");
    }

    private static List<String> names(Roster.Page page) {
        return page.athletes().stream().map(Roster.Athlete::name).toList();
    }

    /** Waits until the background count has counted every athlete of the coach for today. */
    private void completionCountedForToday(String email) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from plan p"
                + " join coach c on c.id = p.coach_id where c.email = ? and (p.roster_completion_on is null"
                + " or p.roster_completion_on <> ?)", Long.class, email, LocalDate.now(today)) == 0);
    }

    /** The athletes' names as the JSON roster lists them, page 0. */
    private List<String> apiNames(String email, String sort, String dir) throws Exception {
        return apiRoster(email, sort, dir, 0, "name");
    }

    /** One field of each athlete on a page of the roster's JSON. */
    private List<String> apiRoster(String email, String sort, String dir, int page, String field) throws Exception {
        JsonNode answer = json.readTree(mvc.perform(get("/api/coach/athletes").param("sort", sort).param("dir", dir)
                .param("page", "" + page).with(as(email))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        List<String> values = new ArrayList<>();
        answer.get("athletes").values().forEach(a -> values.add(a.get(field).stringValue()));
        return values;
    }

    @Test
    void roster_sorts_by_completion_of_the_last_28_days_and_the_order_follows_the_date() throws Exception {
        String email = newCoach("Completion Coach");
        String code = codeOf(email);
        String ana = planFor("Ana Both", code);
        String bea = planFor("Bea Half", code);
        planFor("Cid None", code);
        String dee = planFor("Dee Skipped", code);
        planFor("Fay Later", "2027-06-13", code); // block starts in February: nothing planned yet
        today.moveTo(LocalDate.of(2026, 12, 28)); // the double day of 27 Dec is in the last 28 days
        for (String session : List.of(HEAVY, "2026-12-27-light")) {
            putLog(ana, session, "{\"status\": \"DONE\"}").andExpect(status().isOk());
            putLog(dee, session, "{\"status\": \"SKIPPED\"}").andExpect(status().isOk());
        }
        putLog(bea, HEAVY, "{\"status\": \"DONE\"}").andExpect(status().isOk());

        // -1 (nothing planned) first; Cid and Dee both 0 %, in the order they joined.
        assertThat(apiNames(email, "completion", "asc"))
                .containsExactly("Fay Later", "Cid None", "Dee Skipped", "Bea Half", "Ana Both");
        assertThat(names(rosterPage(email, "?sort=completion&dir=desc")))
                .containsExactly("Ana Both", "Bea Half", "Dee Skipped", "Cid None", "Fay Later");

        // Four weeks on, 27 Dec has left the window: everyone with a block is at 0 % of the long-run
        // double days since, so the order is the order of joining; back on 28 Dec it is as before.
        // The first answer after a new day may rank by counting then (RosterWhileCountingTest), the
        // next ranks by the counts stored. Back on 28 Dec the midnight count has counted them first.
        today.moveTo(LocalDate.of(2027, 1, 26));
        for (int stored = 0; stored < 2; stored++) {
            assertThat(apiNames(email, "completion", "asc"))
                    .containsExactly("Fay Later", "Ana Both", "Bea Half", "Cid None", "Dee Skipped");
            completionCountedForToday(email);
        }
        today.moveTo(LocalDate.of(2026, 12, 28));
        midnight.countTheNewDay();
        completionCountedForToday(email);
        for (int stored = 0; stored < 2; stored++) {
            assertThat(apiNames(email, "completion", "desc"))
                    .containsExactly("Ana Both", "Bea Half", "Dee Skipped", "Cid None", "Fay Later");
            completionCountedForToday(email);
        }
    }

    @Test
    void roster_descending_is_ascending_reversed_for_every_sort_ties_included() throws Exception {
        String email = newCoach("Reverse Coach");
        String code = codeOf(email);
        for (String name : List.of("Ann Same", "ann same", "Bo Same", "Cy Other")) {
            planFor(name, name.startsWith("Cy") ? "2027-06-13" : "2027-04-18", code);
        }
        for (String sort : Roster.SORTS.keySet()) {
            List<String> ascending = apiNames(email, sort, "asc");
            List<String> descending = apiNames(email, sort, "desc");
            Collections.reverse(descending);
            assertThat(descending).as(sort).isEqualTo(ascending).hasSize(4);
        }
    }

    /**
     * The sort keys stored for the roster (V7) after every kind of write a plan gets through the
     * app: each equals what it is derived from, and completion equals a count made now.
     */
    @Test
    void roster_sort_keys_stay_what_they_are_derived_from_through_every_write() throws Exception {
        String email = newCoach("Keys Coach");
        String code = codeOf(email);
        String token = planFor("Kim Keys", code);
        planFor("Lou Keys", "2027-06-13", code);
        mvc.perform(planForm("Max Keys").param("coachCode", code)).andExpect(status().isSeeOther());
        today.moveTo(LocalDate.of(2027, 1, 4));
        putLog(token, HEAVY, "{\"status\": \"DONE\", \"cramp\": {\"muscle\": \"CALF\", \"timing\": \"DURING\"}}")
                .andExpect(status().isOk());
        String key = keyOf(token);
        mvc.perform(post("/coach/athletes/" + key + "/second-day").with(csrf()).with(as(email)).param("on", "true"))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/coach/athletes/" + key + "/reviewed").with(csrf()).with(as(email)))
                .andExpect(status().isSeeOther());
        today.moveTo(LocalDate.of(2027, 1, 5)); // a log after the review: unread again
        putLog(token, "2026-12-27-light", "{\"status\": \"DONE\"}").andExpect(status().isOk());
        mvc.perform(planForm("/plans/" + token + "/edit", "Kim Renamed")).andExpect(status().isSeeOther());
        LocalDate checkInDay = LocalDate.of(2027, 1, 11); // week 3's long run is behind
        today.moveTo(checkInDay);
        mvc.perform(post("/api/plans/" + token + "/check-in").contentType(MediaType.APPLICATION_JSON)
                .content("{\"wentWell\": false}")).andExpect(status().isOk());

        rosterPage(email, "?sort=completion"); // counts the two plans last written on the day they were made
        completionCountedForToday(email);
        Long coach = jdbc.queryForObject("select id from coach where email = ?", Long.class, email);
        assertThat(jdbc.queryForObject("select count(*) from plan where coach_id = ?", Long.class, coach)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from plan p where p.coach_id = ? and (roster_name <> lower(runner_name)"
                + " or roster_phase <> coalesce(block_start, race_date)"
                + " or roster_second_day <> coalesce(second_day_on, false)"
                + " or roster_unread <> (last_logged_at is not null and (reviewed_at is null or last_logged_at > reviewed_at))"
                + " or roster_completion_on <> ? or abs(roster_completion - coalesce((select"
                + " sum(case when s.log_status = 'DONE' then 1 else 0 end) * 1.0 / nullif(sum(case when s.conditional = false"
                + " or p.second_day_on = true then 1 else 0 end), 0) from strength_session s where s.plan_id = p.id"
                + " and s.session_date between ? and ?), -1)) > 0.000001)", Long.class, coach, checkInDay,
                checkInDay.minusDays(28), checkInDay).longValue()).as("plans whose roster keys drifted").isZero();
        assertThat(names(rosterPage(email, "?sort=unread&dir=desc")).get(0)).isEqualTo("Kim Renamed");
    }
}
