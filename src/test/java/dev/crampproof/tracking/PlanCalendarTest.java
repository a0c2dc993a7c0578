package dev.crampproof.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The plan as an iCalendar file, parsed back with ical4j. */
class PlanCalendarTest extends TrackingMvc {

    record Event(String uid, LocalDate date, String summary, String description) {
    }

    /** Events by UID. */
    private Map<String, Event> calendar() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/plans/" + token + "/calendar.ics"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(MediaType.parseMediaType(answer.getContentType()).isCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .as(answer.getContentType()).isTrue();
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.getContentAsString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        Map<String, Event> byUid = new HashMap<>();
        for (VEvent event : events) {
            String uid = event.getProperty(Property.UID).orElseThrow().getValue();
            Temporal start = event.getDateTimeStart().getDate();
            assertThat(start).as(uid).isInstanceOf(LocalDate.class);
            String summary = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
            String description = event.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
            assertThat(byUid.put(uid, new Event(uid, (LocalDate) start, summary, description))).as("duplicate " + uid)
                    .isNull();
        }
        assertThat(byUid).hasSize(events.size());
        return byUid;
    }

    private static String sessionIdOf(String uid) {
        // <plan hash>-<session id>@cramp-proof
        return uid.substring(uid.indexOf('-') + 1, uid.indexOf('@'));
    }

    @Test
    void one_all_day_event_per_session_and_one_for_race_day_with_unique_secret_free_uids() throws Exception {
        Map<String, Event> events = calendar();
        List<JsonNode> sessions = sessions(plan());
        assertThat(events).hasSize(sessions.size() + 1);
        assertThat(events.keySet()).noneMatch(uid -> uid.contains(token));

        Map<String, Event> bySession = new HashMap<>();
        Event race = null;
        for (Event event : events.values()) {
            if (event.uid().contains("-race@")) {
                race = event;
            } else {
                bySession.put(sessionIdOf(event.uid()), event);
            }
        }
        assertThat(race).isNotNull();
        assertThat(race.date()).isEqualTo(LocalDate.of(2027, 4, 18));
        assertThat(race.summary()).contains("Valencia Marathon");

        for (JsonNode session : sessions) {
            String id = session.get("id").stringValue();
            Event event = bySession.get(id);
            assertThat(event).as(id).isNotNull();
            assertThat(event.date()).as(id).isEqualTo(LocalDate.parse(session.get("date").stringValue()));
            assertThat(event.summary()).as(id)
                    .contains(session.get("kind").stringValue().equals("HEAVY") ? "Heavy" : "Light");
            assertThat(event.description()).as(id).contains("×")
                    .contains(session.get("exercises").get(0).get("name").stringValue());
        }

        assertThat(calendar().keySet()).isEqualTo(events.keySet());
    }

    @Test
    void after_an_edit_unchanged_sessions_keep_their_uids() throws Exception {
        Map<String, Event> before = calendar();
        mvc.perform(post("/plans/" + token + "/edit").with(csrf())
                .param("runnerName", "Ana Ruiz").param("raceName", "Valencia Marathon").param("raceDate", "2027-04-18")
                .param("raceDistance", "MARATHON").param("weeklyMileage", "35.5").param("mileageUnit", "MILES")
                .param("longRunDay", "SATURDAY").param("speedDay", "WEDNESDAY")
                .param("crampMuscles", "CALF", "HAMSTRING").param("crampFrequency", "MOST_RACES")
                .param("crampOnset", "20").param("liftingExperience", "SOME").param("equipment", "GYM")
                .param("preferredStartWeeks", "16"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/plans/" + token));
        JsonNode plan = plan();
        assertThat(plan.get("longRunDay").stringValue()).isEqualTo("SATURDAY");

        Map<String, Event> after = calendar();
        assertThat(after).hasSize(sessions(plan).size() + 1);
        Map<String, String> uidBySessionBefore = new HashMap<>();
        before.keySet().forEach(uid -> uidBySessionBefore.put(uid.contains("-race@") ? "race" : sessionIdOf(uid), uid));
        int unchanged = 0;
        for (String uid : after.keySet()) {
            String key = uid.contains("-race@") ? "race" : sessionIdOf(uid);
            if (uidBySessionBefore.containsKey(key)) {
                assertThat(uid).isEqualTo(uidBySessionBefore.get(key));
                unchanged++;
            }
        }
        // the race and the Wednesday speed-day sessions did not move
        assertThat(unchanged).isGreaterThan(1);
        assertThat(after.keySet()).contains(uidBySessionBefore.get("race"));
        assertThat(after.values()).anyMatch(e -> e.date().getDayOfWeek() == java.time.DayOfWeek.SATURDAY);
        assertThat(after.values()).noneMatch(e -> !e.uid().contains("-race@")
                && e.date().getDayOfWeek() == java.time.DayOfWeek.SUNDAY);
    }

    @Test
    void the_plan_page_links_to_a_webcal_subscription() throws Exception {
        String page = mvc.perform(get("/plans/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String href = Jsoup.parse(page).select("a[href^=webcal://]").attr("href");
        assertThat(href).startsWith("webcal://").endsWith("/plans/" + token + "/calendar.ics");
        mvc.perform(get("/plans/unknown-token/calendar.ics")).andExpect(status().isNotFound());
    }
}
