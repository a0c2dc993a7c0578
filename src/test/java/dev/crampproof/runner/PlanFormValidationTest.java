package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.crampproof.CrampProofTest;
import dev.crampproof.FixedClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The plan form refuses every bad answer of plan-rules.md ("Inputs") with a message next to the
 * field, shows the form again with every other answer kept, and stores nothing.
 */
@CrampProofTest
class PlanFormValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The form's own fields, in page order; everything else in the page is layout or CSRF. */
    private static final List<String> FIELDS = List.of("runnerName", "raceName", "raceDate", "raceDistance",
            "weeklyMileage", "mileageUnit", "longRunDay", "speedDay", "crampMuscles", "crampFrequency", "crampOnset",
            "crampsInTraining", "fluidsAlreadyChanged", "liftingExperience", "equipment", "raceConditions",
            "preferredStartWeeks", "coachCode");

    @Autowired
    MockMvc mvc;

    @Autowired
    Plans plans;

    /** A valid form as a browser sends it: name, value(s). The test cases change single entries. */
    static Map<String, List<String>> validAnswers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put("runnerName", List.of("Ana Ruiz"));
        answers.put("raceName", List.of("Valencia Marathon"));
        answers.put("raceDate", List.of("2027-04-18"));
        answers.put("raceDistance", List.of("MARATHON"));
        answers.put("weeklyMileage", List.of("35.5"));
        answers.put("mileageUnit", List.of("MILES"));
        answers.put("longRunDay", List.of("SUNDAY"));
        answers.put("speedDay", List.of("WEDNESDAY"));
        answers.put("crampMuscles", List.of("CALF", "HAMSTRING"));
        answers.put("crampFrequency", List.of("MOST_RACES"));
        answers.put("crampOnset", List.of("20"));
        answers.put("fluidsAlreadyChanged", List.of("true"));
        answers.put("liftingExperience", List.of("SOME"));
        answers.put("equipment", List.of("GYM"));
        answers.put("raceConditions", List.of("HOT"));
        answers.put("preferredStartWeeks", List.of("16"));
        answers.put("coachCode", List.of(""));
        return answers;
    }

    /**
     * The valid answers with changes: {@code "name=value"} sets one value ({@code "name="} an empty
     * one, as a browser sends an empty field), {@code "name=A|B"} several, {@code "-name"} leaves
     * the field out of the request.
     */
    static Map<String, List<String>> answers(String... changes) {
        Map<String, List<String>> answers = validAnswers();
        for (String change : changes) {
            if (change.startsWith("-")) {
                answers.remove(change.substring(1));
            } else {
                int equals = change.indexOf('=');
                String value = change.substring(equals + 1);
                answers.put(change.substring(0, equals), value.contains("|") ? List.of(value.split("\\|")) : List.of(value));
            }
        }
        return answers;
    }

    static MockHttpServletRequestBuilder submit(Map<String, List<String>> answers) {
        MockHttpServletRequestBuilder request = post("/plans").with(csrf());
        answers.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return request;
    }

    static Arguments bad(String field, String value, String expected, String... changes) {
        return Arguments.argumentSet(field + " " + value, field, expected, changes);
    }

    static Stream<Arguments> badAnswers() {
        String tooFar = FixedClock.TODAY.plusWeeks(104).plusDays(1).toString();
        return Stream.of(
                bad("runnerName", "missing", "Please fill this in.", "-runnerName"),
                bad("runnerName", "empty", "Please fill this in.", "runnerName="),
                bad("runnerName", "blank", "Please fill this in.", "runnerName=   "),
                bad("runnerName", "punctuation only", "Please fill this in.", "runnerName=---"),
                bad("runnerName", "no-break and em spaces only", "Please fill this in.", "runnerName=\u00A0\u2003"),
                bad("runnerName", "81 characters", "Please keep this to 80 characters.", "runnerName=" + "a".repeat(81)),
                bad("runnerName", "with a control character", "Please use letters, digits and punctuation only.",
                        "runnerName=Ana\u0007"),
                bad("raceName", "121 characters", "Please keep this to 120 characters.", "raceName=" + "r".repeat(121)),
                bad("raceDate", "missing", "Please fill this in.", "-raceDate"),
                bad("raceDate", "empty", "Please fill this in.", "raceDate="),
                bad("raceDate", "not-a-date", "Please give a date as YYYY-MM-DD.", "raceDate=not-a-date"),
                bad("raceDate", "today", "The race date must be after today.", "raceDate=" + FixedClock.TODAY),
                bad("raceDate", "in the past", "The race date must be after today.",
                        "raceDate=" + FixedClock.TODAY.minusDays(1)),
                bad("raceDate", "104 weeks and a day ahead", "The race must be at most 104 weeks away",
                        "raceDate=" + tooFar),
                bad("weeklyMileage", "missing", "Please fill this in.", "-weeklyMileage"),
                bad("weeklyMileage", "empty", "Please fill this in.", "weeklyMileage="),
                bad("weeklyMileage", "abc", "Please give a number", "weeklyMileage=abc"),
                bad("weeklyMileage", "-1", "Weekly mileage cannot be negative.", "weeklyMileage=-1"),
                bad("weeklyMileage", "200.1 km", "at most 200 kilometres a week", "weeklyMileage=200.1",
                        "mileageUnit=KILOMETERS", "crampOnset=30"),
                bad("weeklyMileage", "124.1 mi", "at most 124 miles a week", "weeklyMileage=124.1"),
                bad("weeklyMileage", "1e400", "at most 124 miles a week", "weeklyMileage=1e400"),
                bad("mileageUnit", "FURLONGS", "Please choose one of the offered values.", "mileageUnit=FURLONGS"),
                bad("raceDistance", "ULTRA", "Please choose one of the offered values.", "raceDistance=ULTRA"),
                bad("longRunDay", "FUNDAY", "Please choose one of the offered values.", "longRunDay=FUNDAY"),
                bad("speedDay", "FUNDAY", "Please choose one of the offered values.", "speedDay=FUNDAY"),
                bad("speedDay", "the long-run day", "Pick a different day from your long run.",
                        "longRunDay=SATURDAY", "speedDay=SATURDAY"),
                bad("crampMuscles", "CALF with NEVER", "You said you never cramp", "crampMuscles=CALF",
                        "crampFrequency=NEVER", "-crampOnset"),
                bad("crampMuscles", "none with SOMETIMES", "Tick at least one muscle that cramps", "-crampMuscles",
                        "crampFrequency=SOMETIMES"),
                bad("crampMuscles", "ELBOW", "Please choose one of the offered values.", "crampMuscles=CALF|ELBOW"),
                bad("crampFrequency", "missing", "Please fill this in.", "-crampFrequency"),
                bad("crampFrequency", "empty", "Please fill this in.", "crampFrequency="),
                bad("crampFrequency", "OFTEN", "Please choose one of the offered values.", "crampFrequency=OFTEN"),
                bad("crampOnset", "0", "Give a distance above 0 and at most the race distance (26.2 miles).",
                        "crampOnset=0"),
                bad("crampOnset", "-3", "Give a distance above 0 and at most the race distance (26.2 miles).",
                        "crampOnset=-3"),
                bad("crampOnset", "26.3 mi, marathon", "at most the race distance (26.2 miles).", "crampOnset=26.3"),
                bad("crampOnset", "13.2 mi, half marathon", "at most the race distance (13.1 miles).",
                        "raceDistance=HALF_MARATHON", "crampOnset=13.2"),
                bad("crampOnset", "42.3 km, marathon", "at most the race distance (42.2 kilometres).",
                        "mileageUnit=KILOMETERS", "crampOnset=42.3"),
                bad("crampOnset", "twenty", "Please give a number", "crampOnset=twenty"),
                bad("liftingExperience", "missing", "Please fill this in.", "-liftingExperience"),
                bad("liftingExperience", "empty", "Please fill this in.", "liftingExperience="),
                bad("liftingExperience", "GURU", "Please choose one of the offered values.", "liftingExperience=GURU"),
                bad("equipment", "CRANE", "Please choose one of the offered values.", "equipment=CRANE"),
                bad("raceConditions", "COLD", "Please choose one of the offered values.", "raceConditions=COLD"),
                bad("preferredStartWeeks", "13", "Choose between 14 and 16 weeks.", "preferredStartWeeks=13"),
                bad("preferredStartWeeks", "17", "Choose between 14 and 16 weeks.", "preferredStartWeeks=17"),
                bad("preferredStartWeeks", "x", "Choose between 14 and 16 weeks.", "preferredStartWeeks=x"),
                bad("coachCode", "ANYTHING", "No coach has this code.", "coachCode=ANYTHING"));
    }

    @ParameterizedTest
    @MethodSource("badAnswers")
    void a_bad_answer_shows_the_form_again_with_a_message_at_the_field_and_stores_nothing(String field,
            String expected, String[] changes) throws Exception {
        Map<String, List<String>> answers = answers(changes);
        long before = plans.count();

        Document page = refused(answers);

        assertThat(page.select(".form-errors").text()).isEqualTo("Please fix the marked fields below.");
        assertThat(errorIds(page)).as("only the bad field has a message").containsExactly(field + "-error");
        assertMarkedInvalid(page, field);
        assertKept(page, answers, Set.of(field));
        assertThat(plans.count()).isEqualTo(before);
    }

    /**
     * Parameter names with an index or a path (no form has such fields) are ignored like unknown
     * ones; they made the binder throw, a 500 (found by FuzzPlanTest).
     */
    @Test
    void indexed_and_nested_parameter_names_are_ignored() throws Exception {
        long before = plans.count();
        for (String name : List.of("crampMuscles[0]", "raceConditions[2147483647]", "runnerName[0]", "weeklyMileage.scale",
                "crampMuscles[]")) {
            mvc.perform(submit(validAnswers()).param(name, "ELBOW")).andExpect(status().isSeeOther());
        }
        assertThat(plans.count()).isEqualTo(before + 5);
    }

    /** A blank value among the ticked boxes is no box; it made the plan's EnumSet throw, a 500 (found by FuzzPlanTest). */
    @Test
    void a_blank_checkbox_value_counts_as_no_box() throws Exception {
        String location = mvc.perform(submit(answers("crampMuscles=CALF| ", "raceConditions=")))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Location");
        String token = location.substring("/plans/".length());
        JsonNode plan = JSON.readTree(mvc.perform(get("/api/plans/" + token)).andReturn().getResponse()
                .getContentAsString());
        assertThat(plan.get("crampMuscles").toString()).isEqualTo("[\"CALF\"]");
        assertThat(plan.get("raceConditions").isEmpty()).isTrue();

        Document page = refused(answers("crampMuscles= "));
        assertThat(errorIds(page)).containsExactly("crampMuscles-error");
    }

    @Test
    void several_bad_answers_are_all_shown_at_once() throws Exception {
        Map<String, List<String>> answers = answers(
                "runnerName=   ",
                "raceName=" + "r".repeat(121),
                "raceDate=not-a-date",
                "weeklyMileage=-1",
                "longRunDay=SATURDAY", "speedDay=SATURDAY",
                "crampMuscles=CALF", "crampFrequency=NEVER",
                "crampOnset=27",
                "liftingExperience=",
                "equipment=CRANE",
                "preferredStartWeeks=13",
                "coachCode=ANYTHING");
        long before = plans.count();

        Document page = refused(answers);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("runnerName", "Please fill this in.");
        expected.put("raceName", "Please keep this to 120 characters.");
        expected.put("raceDate", "Please give a date as YYYY-MM-DD.");
        expected.put("weeklyMileage", "Weekly mileage cannot be negative.");
        expected.put("speedDay", "Pick a different day from your long run.");
        expected.put("crampMuscles", "You said you never cramp");
        expected.put("crampOnset", "at most the race distance (26.2 miles)");
        expected.put("liftingExperience", "Please fill this in.");
        expected.put("equipment", "Please choose one of the offered values.");
        expected.put("preferredStartWeeks", "Choose between 14 and 16 weeks.");
        expected.put("coachCode", "No coach has this code.");
        assertThat(errorIds(page)).containsExactlyInAnyOrderElementsOf(
                expected.keySet().stream().map(field -> field + "-error").toList());
        expected.forEach((field, message) -> {
            assertThat(page.getElementById(field + "-error").text()).as(field).contains(message);
            assertMarkedInvalid(page, field);
        });
        assertKept(page, answers, expected.keySet());
        assertThat(plans.count()).isEqualTo(before);
    }

    static Stream<Arguments> boundaryAnswers() {
        return Stream.of(
                Arguments.argumentSet("weekly mileage exactly 200 km", (Object) new String[] {"weeklyMileage=200",
                        "mileageUnit=KILOMETERS", "crampOnset=30"}),
                Arguments.argumentSet("weekly mileage exactly 124 mi", (Object) new String[] {"weeklyMileage=124"}),
                Arguments.argumentSet("weekly mileage 0", (Object) new String[] {"weeklyMileage=0"}),
                Arguments.argumentSet("race exactly 104 weeks ahead",
                        (Object) new String[] {"raceDate=" + FixedClock.TODAY.plusWeeks(104)}),
                Arguments.argumentSet("cramp onset exactly 26.2 mi", (Object) new String[] {"crampOnset=26.2"}),
                Arguments.argumentSet("cramp onset exactly 13.1 mi, half marathon",
                        (Object) new String[] {"raceDistance=HALF_MARATHON", "crampOnset=13.1"}),
                Arguments.argumentSet("cramp onset exactly 42.2 km",
                        (Object) new String[] {"mileageUnit=KILOMETERS", "crampOnset=42.2"}),
                Arguments.argumentSet("runner name of 80 characters (one outside the BMP), trimmed",
                        (Object) new String[] {"runnerName=  " + "Ž".repeat(79) + "\uD835\uDC9C" + "  "}),
                Arguments.argumentSet("race name of 120 characters", (Object) new String[] {"raceName=" + "r".repeat(120)}),
                Arguments.argumentSet("start 14 weeks out", (Object) new String[] {"preferredStartWeeks=14"}),
                Arguments.argumentSet("never cramped, no muscles",
                        (Object) new String[] {"-crampMuscles", "crampFrequency=NEVER", "-crampOnset"}),
                Arguments.argumentSet("optional fields left empty",
                        (Object) new String[] {"raceName=", "crampOnset=", "coachCode=", "-raceConditions"}));
    }

    @ParameterizedTest
    @MethodSource("boundaryAnswers")
    void answers_on_the_boundary_are_accepted(String[] changes) throws Exception {
        long before = plans.count();
        mvc.perform(submit(answers(changes)))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", Matchers.matchesPattern("/plans/[A-Za-z0-9_-]{22,}")));
        assertThat(plans.count()).isEqualTo(before + 1);
    }

    @Test
    void a_race_tomorrow_is_accepted_and_stored_as_a_plan_without_a_block() throws Exception {
        long before = plans.count();
        MvcResult result = mvc.perform(submit(answers("raceDate=" + FixedClock.TODAY.plusDays(1))))
                .andExpect(status().isSeeOther())
                .andReturn();
        assertThat(plans.count()).isEqualTo(before + 1);

        String token = result.getResponse().getHeader("Location").substring("/plans/".length());
        JsonNode plan = JSON.readTree(mvc.perform(get("/api/plans/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(plan.get("blockStart").isNull()).isTrue();
        assertThat(plan.get("blockEnd").isNull()).isTrue();
        assertThat(plan.get("secondDayFrom").isNull()).isTrue();
        assertThat(plan.get("weeks").isEmpty()).isTrue();
        assertThat(plan.get("warnings").isEmpty()).isFalse();
        assertThat(plan.get("raceDayCard").isEmpty()).isFalse();
        mvc.perform(get("/plans/" + token)).andExpect(status().isOk());
    }

    private Document refused(Map<String, List<String>> answers) throws Exception {
        MvcResult result = mvc.perform(submit(answers))
                .andExpect(status().isOk())
                .andExpect(view().name("runner/home"))
                .andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static List<String> errorIds(Document page) {
        return page.select("form .error").stream().map(Element::id).toList();
    }

    /** Inputs and selects get aria-invalid and point at their message; a checkbox group's fieldset points at it. */
    private static void assertMarkedInvalid(Document page, String field) {
        Element error = page.getElementById(field + "-error");
        assertThat(error).as(field + "-error").isNotNull();
        Elements controls = page.select("input[name=" + field + "]:not([type=checkbox]), select[name=" + field + "]");
        if (controls.isEmpty()) {
            Element group = page.select("input[type=checkbox][name=" + field + "]").first().closest("fieldset");
            assertThat(group.attr("aria-describedby")).as(field + " group").contains(field + "-error");
            return;
        }
        for (Element control : controls) {
            assertThat(control.attr("aria-invalid")).as(field + " aria-invalid").isEqualTo("true");
            assertThat(control.attr("aria-describedby")).as(field + " aria-describedby").contains(field + "-error");
        }
    }

    /** Every answer given, except to the bad fields, is in the form again as entered. */
    private static void assertKept(Document page, Map<String, List<String>> answers, Set<String> badFields) {
        // the four the brief names explicitly, then every other field
        for (String field : FIELDS) {
            if (badFields.contains(field)) {
                continue;
            }
            List<String> entered = answers.getOrDefault(field, List.of());
            Elements checkboxes = page.select("input[type=checkbox][name=" + field + "]");
            Element select = page.selectFirst("select[name=" + field + "]");
            if (!checkboxes.isEmpty()) {
                Set<String> checked = checkboxes.stream().filter(box -> box.hasAttr("checked"))
                        .map(box -> box.attr("value")).collect(Collectors.toSet());
                assertThat(checked).as(field + " checked").isEqualTo(Set.copyOf(entered));
            } else if (select != null) {
                if (entered.isEmpty() || entered.get(0).isEmpty()) {
                    continue; // left out: the form's default is shown, checked by PlanPagesTest
                }
                assertThat(select.select("option[selected]").eachAttr("value")).as(field + " selected")
                        .containsExactly(entered.get(0));
            } else {
                Element input = page.selectFirst("input[name=" + field + "]");
                assertThat(input).as(field).isNotNull();
                assertThat(input.attr("value")).as(field + " value").isEqualTo(entered.isEmpty() ? "" : entered.get(0));
            }
            assertThat(page.select("[name=" + field + "][aria-invalid=true]")).as(field + " not marked").isEmpty();
        }
    }
}
