package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.CrampProofTest;
import dev.crampproof.FixedClock;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON API of shared/docs/api.md: creating and reading plans, and every kind of bad request. */
@CrampProofTest
class PlanApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The request body of api.md, verbatim. */
    static final String EXAMPLE = """
            {
              "runnerName": "Ana Ruiz",
              "raceName": "Valencia Marathon",
              "raceDate": "2027-04-18",
              "raceDistance": "MARATHON",
              "weeklyMileage": 35.5,
              "mileageUnit": "MILES",
              "longRunDay": "SUNDAY",
              "speedDay": "WEDNESDAY",
              "crampMuscles": ["CALF", "HAMSTRING"],
              "crampFrequency": "MOST_RACES",
              "crampOnset": 20,
              "crampsInTraining": false,
              "fluidsAlreadyChanged": true,
              "liftingExperience": "SOME",
              "equipment": "GYM",
              "raceConditions": ["HOT"],
              "preferredStartWeeks": 16,
              "coachCode": null
            }
            """;

    private static final String EXAMPLE_MARKER = "EXAMPLE";
    private static final String DEEP_MARKER = "5000 nested arrays";
    private static final String TOKEN = "[A-Za-z0-9_-]{22,}";
    private static final List<String> REQUIRED = List.of("runnerName", "raceDate", "weeklyMileage", "mileageUnit",
            "crampFrequency", "liftingExperience");

    @Autowired
    MockMvc mvc;

    @Autowired
    Plans plans;

    static ObjectNode example() {
        return (ObjectNode) JSON.readTree(EXAMPLE);
    }

    static MockHttpServletRequestBuilder create(String body) {
        return post("/api/plans").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(body);
    }

    static JsonNode json(MvcResult result) throws Exception {
        return json(result.getResponse());
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    // ---- Creating and reading ---------------------------------------------------------------

    @Test
    void the_example_request_makes_the_example_plan() throws Exception {
        long before = plans.count();
        MvcResult result = mvc.perform(create(EXAMPLE))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/plans/" + TOKEN)))
                .andReturn();
        assertThat(plans.count()).isEqualTo(before + 1);

        String location = result.getResponse().getHeader("Location");
        JsonNode plan = json(result);
        assertThat(plan.get("token").stringValue()).matches(TOKEN).isEqualTo(location.substring("/api/plans/".length()));

        // the answers, echoed
        assertThat(plan.get("runnerName").stringValue()).isEqualTo("Ana Ruiz");
        assertThat(plan.get("raceName").stringValue()).isEqualTo("Valencia Marathon");
        assertThat(plan.get("raceDate").stringValue()).isEqualTo("2027-04-18");
        assertThat(plan.get("raceDistance").stringValue()).isEqualTo("MARATHON");
        assertThat(plan.get("weeklyMileage").decimalValue()).isEqualByComparingTo("35.5");
        assertThat(plan.get("mileageUnit").stringValue()).isEqualTo("MILES");
        assertThat(plan.get("longRunDay").stringValue()).isEqualTo("SUNDAY");
        assertThat(plan.get("speedDay").stringValue()).isEqualTo("WEDNESDAY");
        assertThat(texts(plan.get("crampMuscles"))).containsExactlyInAnyOrder("CALF", "HAMSTRING");
        assertThat(plan.get("crampFrequency").stringValue()).isEqualTo("MOST_RACES");
        assertThat(plan.get("crampOnset").decimalValue()).isEqualByComparingTo("20");
        assertThat(plan.get("crampsInTraining").booleanValue()).isFalse();
        assertThat(plan.get("fluidsAlreadyChanged").booleanValue()).isTrue();
        assertThat(plan.get("liftingExperience").stringValue()).isEqualTo("SOME");
        assertThat(plan.get("equipment").stringValue()).isEqualTo("GYM");
        assertThat(texts(plan.get("raceConditions"))).containsExactly("HOT");
        assertThat(plan.get("preferredStartWeeks").intValue()).isEqualTo(16);

        // the plan
        assertThat(plan.get("createdOn").stringValue()).isEqualTo(FixedClock.TODAY.toString());
        assertThat(plan.get("blockStart").stringValue()).isEqualTo("2026-12-27");
        assertThat(plan.get("blockEnd").stringValue()).isEqualTo("2027-03-28");
        assertThat(plan.get("secondDayFrom").stringValue()).isEqualTo("2027-01-13");
        assertThat(plan.get("compressed").isBoolean()).isTrue();
        assertThat(plan.get("compressed").booleanValue()).isFalse();

        JsonNode weeks = plan.get("weeks");
        assertThat(weeks.isArray()).isTrue();
        assertThat(weeks.size()).isEqualTo(14);
        JsonNode week1 = weeks.get(0);
        assertThat(week1.get("number").intValue()).isEqualTo(1);
        assertThat(week1.get("startDate").stringValue()).isEqualTo("2026-12-27");

        JsonNode heavy = week1.get("sessions").get(0);
        assertThat(propertyNames(heavy)).contains("id", "date", "kind", "anchor", "conditional", "restSeconds",
                "formCue", "exercises");
        assertThat(heavy.get("id").stringValue()).isEqualTo("2026-12-27-heavy");
        assertThat(heavy.get("date").stringValue()).isEqualTo("2026-12-27");
        assertThat(heavy.get("kind").stringValue()).isEqualTo("HEAVY");
        assertThat(heavy.get("anchor").stringValue()).isEqualTo("LONG_RUN");
        assertThat(heavy.get("conditional").booleanValue()).isFalse();
        assertThat(heavy.get("restSeconds").get("min").intValue()).isEqualTo(180);
        assertThat(heavy.get("restSeconds").get("max").intValue()).isEqualTo(300);
        assertThat(heavy.get("formCue").stringValue()).isNotBlank();
        assertThat(heavy.get("exercises").isEmpty()).isFalse();
        Set<String> patterns = Set.of("SQUAT", "HINGE", "LUNGE", "CORE", "HIP_EXTENSION", "TARGETED");
        Set<String> groups = Set.of("CORE", "GLUTES", "HIPS", "CALVES", "HAMSTRINGS", "QUADS");
        for (JsonNode exercise : heavy.get("exercises")) {
            assertThat(propertyNames(exercise)).contains("name", "pattern", "sets", "reps", "load", "targets");
            assertThat(exercise.get("name").stringValue()).isNotBlank();
            assertThat(exercise.get("pattern").stringValue()).isIn(patterns);
            assertThat(exercise.get("sets").isInt()).isTrue();
            assertThat(exercise.get("reps").get("min").isInt()).isTrue();
            assertThat(exercise.get("reps").get("max").isInt()).isTrue();
            assertThat(exercise.get("load").stringValue()).isNotBlank();
            assertThat(texts(exercise.get("targets"))).isNotEmpty().allMatch(groups::contains);
        }
        JsonNode firstLift = heavy.get("exercises").get(0);
        assertThat(firstLift.get("pattern").stringValue()).isIn("SQUAT", "HINGE", "LUNGE");
        assertThat(firstLift.get("sets").intValue()).isEqualTo(3);
        assertThat(firstLift.get("reps").get("min").intValue()).isEqualTo(5);
        assertThat(firstLift.get("reps").get("max").intValue()).isEqualTo(5);

        JsonNode light = week1.get("sessions").get(1);
        assertThat(light.get("id").stringValue()).isEqualTo("2026-12-27-light");
        assertThat(light.get("kind").stringValue()).isEqualTo("LIGHT");

        JsonNode secondDay = session(plan, "2027-01-13-heavy");
        assertThat(secondDay.get("anchor").stringValue()).isEqualTo("SPEED");
        assertThat(secondDay.get("conditional").booleanValue()).isTrue();

        assertThat(plan.get("warnings").isArray()).isTrue();
        JsonNode advice = plan.get("advice");
        assertThat(advice.isArray()).isTrue();
        List<String> rules = new ArrayList<>();
        for (JsonNode piece : advice) {
            assertThat(propertyNames(piece)).containsExactlyInAnyOrder("rule", "text");
            assertThat(piece.get("text").stringValue()).isNotBlank();
            rules.add(piece.get("rule").stringValue());
        }
        assertThat(rules).contains("A2", "A3", "A4").doesNotContain("A1", "A5");
        assertThat(plan.get("raceDayCard").isArray()).isTrue();
        assertThat(plan.get("raceDayCard").size()).isEqualTo(6);
        assertThat(texts(plan.get("raceDayCard"))).allMatch(line -> !line.isBlank());
    }

    @Test
    void the_location_returns_the_same_plan() throws Exception {
        MvcResult created = mvc.perform(create(EXAMPLE)).andExpect(status().isCreated()).andReturn();
        String location = created.getResponse().getHeader("Location");

        MvcResult read = mvc.perform(get(location).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();
        assertThat(json(read)).isEqualTo(json(created));
    }

    @Test
    void only_the_required_fields_make_a_plan_with_the_defaults() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("runnerName", "Ana Ruiz");
        body.put("raceDate", "2027-04-18");
        body.put("weeklyMileage", 30);
        body.put("mileageUnit", "KILOMETERS");
        body.put("crampFrequency", "NEVER");
        body.put("liftingExperience", "NONE");
        long before = plans.count();

        JsonNode plan = json(mvc.perform(create(body.toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/plans/" + TOKEN)))
                .andReturn());

        assertThat(plans.count()).isEqualTo(before + 1);
        assertThat(plan.get("raceDistance").stringValue()).isEqualTo("MARATHON");
        assertThat(plan.get("longRunDay").stringValue()).isEqualTo("SUNDAY");
        assertThat(plan.get("speedDay").stringValue()).isEqualTo("WEDNESDAY");
        assertThat(plan.get("equipment").stringValue()).isEqualTo("GYM");
        assertThat(plan.get("preferredStartWeeks").intValue()).isEqualTo(16);
        assertThat(plan.get("crampMuscles").isEmpty()).isTrue();
        assertThat(plan.get("raceConditions").isEmpty()).isTrue();
        assertThat(plan.get("crampsInTraining").booleanValue()).isFalse();
        assertThat(plan.get("fluidsAlreadyChanged").booleanValue()).isFalse();
        assertThat(plan.get("blockStart").stringValue()).isEqualTo("2026-12-27");
    }

    @Test
    void no_database_id_appears_in_the_json() throws Exception {
        MvcResult created = mvc.perform(create(EXAMPLE)).andExpect(status().isCreated()).andReturn();
        JsonNode read = json(mvc.perform(get(created.getResponse().getHeader("Location"))).andReturn());
        for (JsonNode plan : List.of(json(created), read)) {
            List<String> ids = new ArrayList<>();
            collectIds(plan, "$", ids);
            assertThat(ids).isNotEmpty().allMatch(id -> id.matches("\\$.* = \\d{4}-\\d{2}-\\d{2}-(heavy|light)"));
        }
    }

    @Test
    void an_unknown_plan_is_a_problem_json_404() throws Exception {
        for (String token : List.of("unknown", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            MvcResult result = mvc.perform(get("/api/plans/" + token).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andReturn();
            assertThat(json(result).get("status").intValue()).isEqualTo(404);
        }
    }

    @Test
    void the_api_needs_no_csrf_token() throws Exception {
        // create() adds no CSRF token and no session; a 403 would mean the API asks for one.
        mvc.perform(create(EXAMPLE)).andExpect(status().isCreated());
    }

    // ---- Bad requests -----------------------------------------------------------------------

    static Stream<Arguments> missingRequiredFields() {
        return REQUIRED.stream().flatMap(field -> Stream.of(
                Arguments.argumentSet(field + " absent", field, null),
                Arguments.argumentSet(field + " null", field, "null")));
    }

    @ParameterizedTest
    @MethodSource("missingRequiredFields")
    void a_missing_required_field_is_named(String field, String value) throws Exception {
        ObjectNode body = example();
        if (value == null) {
            body.remove(field);
        } else {
            body.set(field, JSON.readTree(value));
        }
        assertRefused(body.toString(), field);
    }

    /** field, JSON value: every field of the contract with values of the wrong type or outside the rules. */
    static Stream<Arguments> badValues() {
        return Stream.of(
                badValue("runnerName", "42"),
                badValue("runnerName", "true"),
                badValue("runnerName", "[\"Ana\"]"),
                badValue("runnerName", "{\"first\": \"Ana\"}"),
                badValue("runnerName", "\"\""),
                badValue("runnerName", "\"   \""),
                badValue("runnerName", "\"---\""),
                badValue("runnerName", "\"\\u00A0\\u2003\""),
                badValue("runnerName", "\"" + "a".repeat(81) + "\""),
                badValue("runnerName", "\"Ana\\u0007\""),
                // half a character: an unpaired surrogate was stored (found by FuzzPlanTest)
                badValue("runnerName", "\"Ana\\uD800\""),
                badValue("raceName", "\"\\uDC00Valencia\""),
                badValue("raceName", "7"),
                badValue("raceName", "\"" + "r".repeat(121) + "\""),
                badValue("raceDate", "\"2027-02-30\""),
                badValue("raceDate", "\"18/04/2027\""),
                badValue("raceDate", "\"2027-04-18T09:00:00\""),
                badValue("raceDate", "\"\""),
                badValue("raceDate", "20270418"),
                badValue("raceDate", "[2027, 4, 18]"),
                badValue("raceDate", "\"" + FixedClock.TODAY + "\""),
                badValue("raceDate", "\"2020-01-01\""),
                badValue("raceDate", "\"" + FixedClock.TODAY.plusWeeks(104).plusDays(1) + "\""),
                badValue("raceDistance", "\"ULTRA\""),
                badValue("raceDistance", "\"marathon\""),
                badValue("raceDistance", "1"),
                badValue("weeklyMileage", "\"35.5\""),
                badValue("weeklyMileage", "true"),
                badValue("weeklyMileage", "[35.5]"),
                badValue("weeklyMileage", "-1"),
                badValue("weeklyMileage", "124.1"),
                badValue("weeklyMileage", "1e400"),
                badValue("weeklyMileage", "-1e400"),
                badValue("crampOnset", "1e400"),
                badValue("mileageUnit", "\"FURLONGS\""),
                badValue("mileageUnit", "0"),
                badValue("longRunDay", "\"FUNDAY\""),
                badValue("longRunDay", "7"),
                badValue("speedDay", "\"FUNDAY\""),
                badValue("speedDay", "\"SUNDAY\""),
                badValue("crampMuscles", "{\"CALF\": true}"),
                badValue("crampMuscles", "[\"CALF\", \"ELBOW\"]"),
                badValue("crampMuscles", "\"CALF\""),
                badValue("crampMuscles", "[1]"),
                badValue("crampMuscles", "[null]"),
                badValue("crampMuscles", "[]"),
                badValue("crampMuscles", "null"),
                badValue("crampFrequency", "\"OFTEN\""),
                badValue("crampFrequency", "\"NEVER\"", "crampMuscles"),
                badValue("crampOnset", "\"20\""),
                badValue("crampOnset", "0"),
                badValue("crampOnset", "26.3"),
                badValue("crampsInTraining", "\"yes\""),
                badValue("crampsInTraining", "1"),
                badValue("fluidsAlreadyChanged", "\"yes\""),
                badValue("fluidsAlreadyChanged", "\"true\""),
                badValue("liftingExperience", "\"GURU\""),
                badValue("equipment", "\"CRANE\""),
                badValue("raceConditions", "[\"COLD\"]"),
                badValue("raceConditions", "\"HOT\""),
                badValue("preferredStartWeeks", "15.5"),
                badValue("preferredStartWeeks", "\"16\""),
                badValue("preferredStartWeeks", "13"),
                badValue("preferredStartWeeks", "17"),
                badValue("preferredStartWeeks", "4294967312"),
                badValue("coachCode", "123"),
                badValue("coachCode", "\"ANYTHING\""));
    }

    /** A bad value that the errors list names under its own field. */
    static Arguments badValue(String field, String json) {
        return badValue(field, json, field);
    }

    /** A bad value that the errors list names under another field (e.g. NEVER with muscles: the muscles are wrong). */
    static Arguments badValue(String field, String json, String named) {
        String shown = json.length() > 40 ? json.substring(0, 40) + "…" : json;
        return Arguments.argumentSet(field + " = " + shown, field, json, named);
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void a_bad_value_is_named_and_nothing_is_stored(String field, String value, String named) throws Exception {
        assertRefused(withRaw(example(), field, value), named);
    }

    /** The body with the field's value as raw JSON text, so that numbers like 1e400 reach the server as written. */
    static String withRaw(ObjectNode body, String field, String rawJson) {
        body.remove(field);
        String rest = body.toString();
        return "{\"" + field + "\": " + rawJson + (rest.equals("{}") ? "}" : ", " + rest.substring(1));
    }

    @Test
    void several_bad_fields_are_all_named_at_once() throws Exception {
        ObjectNode body = example();
        body.put("runnerName", 42);
        body.put("raceDate", "2027-02-30");
        body.put("weeklyMileage", "35.5");
        body.put("mileageUnit", "FURLONGS");
        body.set("crampMuscles", JSON.readTree("{}"));
        body.put("crampsInTraining", "yes");
        body.put("liftingExperience", "GURU");
        body.put("preferredStartWeeks", 15.5);
        body.remove("crampFrequency");
        body.put("coachCode", "ANYTHING");
        assertRefused(body.toString(), "runnerName", "raceDate", "weeklyMileage", "mileageUnit", "crampMuscles",
                "crampsInTraining", "liftingExperience", "preferredStartWeeks", "crampFrequency", "coachCode");
    }

    @Test
    void all_rule_breaks_are_named_at_once() throws Exception {
        ObjectNode body = example();
        body.put("runnerName", " ");
        body.put("raceDate", FixedClock.TODAY.toString());
        body.put("weeklyMileage", 500);
        body.put("speedDay", "SUNDAY");
        body.put("crampFrequency", "NEVER");
        body.put("crampOnset", 30);
        body.put("preferredStartWeeks", 20);
        assertRefused(body.toString(), "runnerName", "raceDate", "weeklyMileage", "speedDay", "crampMuscles",
                "crampOnset", "preferredStartWeeks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"runnerName\":", "", "   ", "[]", "[" + EXAMPLE_MARKER + "]", "\"a plan please\"", "42",
            "null", "true", "{\"runnerName\": \"Ana\",}", "{'runnerName': 'Ana'}", DEEP_MARKER})
    void a_body_that_is_no_json_object_is_a_400(String raw) throws Exception {
        String body = raw.replace(EXAMPLE_MARKER, EXAMPLE).replace(DEEP_MARKER, "[".repeat(5000) + "]".repeat(5000));
        assertRefused(body, "body");
    }

    @Test
    void a_field_named_twice_is_a_400_not_its_last_value() throws Exception {
        // The fuzzing found it: {"cramp": {...}, "cramp": {...}} was judged by one and stored by the other.
        String twice = EXAMPLE.replaceFirst("\\{", "{\"runnerName\": \"Bea Twice\",");
        assertRefused(twice, "body");
    }

    static Stream<Arguments> notJson() {
        return Stream.of(
                Arguments.argumentSet("text/plain", post("/api/plans").contentType(MediaType.TEXT_PLAIN).content(EXAMPLE)),
                Arguments.argumentSet("form-urlencoded", post("/api/plans")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("runnerName=Ana")),
                Arguments.argumentSet("no Content-Type", post("/api/plans").content(EXAMPLE)));
    }

    @ParameterizedTest
    @MethodSource("notJson")
    void a_body_that_is_not_json_is_a_415_problem(MockHttpServletRequestBuilder request) throws Exception {
        long before = plans.count();
        MockHttpServletResponse response = mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(plans.count()).isEqualTo(before);
        assertThat(response.getContentType()).as("Content-Type of the 415 (body: '%s')", response.getContentAsString())
                .isNotNull();
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("Content-Type %s", response.getContentType()).isTrue();
        assertThat(json(response).get("status").intValue()).isEqualTo(415);
    }

    /**
     * A client that accepts no JSON is refused before anything is stored: the plan was stored
     * and then the answer could not be written, a 406 for a plan that exists (found by FuzzPlanTest).
     */
    @Test
    void a_client_that_accepts_no_json_gets_a_406_and_nothing_is_stored() throws Exception {
        long before = plans.count();
        for (String accept : List.of("text/html", "application/xml", "image/png")) {
            MockHttpServletResponse response = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON)
                    .header("Accept", accept).content(EXAMPLE)).andReturn().getResponse();
            assertThat(response.getStatus()).as(accept).isEqualTo(406);
            assertThat(response.getHeader("Location")).as(accept).isNull();
        }
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    void a_problem_is_problem_json_whatever_the_client_accepts() throws Exception {
        ObjectNode body = example();
        body.remove("runnerName");
        for (String accept : List.of("application/json", "application/json, application/problem+json", "*/*")) {
            mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).header("Accept", accept)
                            .content(body.toString()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // ---- Helpers ----------------------------------------------------------------------------

    /** 400, problem+json, an errors list naming exactly these fields (each once, with a message), nothing stored. */
    private void assertRefused(String body, String... fields) throws Exception {
        long before = plans.count();
        MockHttpServletResponse response;
        try {
            response = mvc.perform(create(body)).andReturn().getResponse();
        } catch (ServletException unhandled) {
            // MockMvc rethrows what no handler took; a real server answers it with a 500
            throw new AssertionError("expected 400 naming " + List.of(fields) + " but the request failed (a 500): "
                    + unhandled.getCause(), unhandled);
        }
        assertThat(response.getStatus()).as("status for %s", body.length() > 200 ? "(long body)" : body)
                .isEqualTo(400);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("Content-Type %s", response.getContentType()).isTrue();
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("title").stringValue()).isNotBlank();
        JsonNode errors = problem.get("errors");
        assertThat(errors).as("errors").isNotNull();
        assertThat(errors.isArray()).isTrue();
        List<String> named = new ArrayList<>();
        for (JsonNode error : errors) {
            named.add(error.get("field").stringValue());
            assertThat(error.get("message").stringValue()).as("message for " + error.get("field")).isNotBlank();
        }
        assertThat(named).containsExactlyInAnyOrder(fields);
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("dev.crampproof");
        assertThat(plans.count()).isEqualTo(before);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.stringValue()));
        return texts;
    }

    private static List<String> propertyNames(JsonNode object) {
        return List.copyOf(object.propertyNames());
    }

    private static JsonNode session(JsonNode plan, String id) {
        for (JsonNode week : plan.get("weeks")) {
            for (JsonNode session : week.get("sessions")) {
                if (session.get("id").stringValue().equals(id)) {
                    return session;
                }
            }
        }
        throw new AssertionError("no session " + id);
    }

    /** Every property named id (or ending in Id/_id), with its path and value. */
    private static void collectIds(JsonNode node, String path, List<String> ids) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                JsonNode value = property.getValue();
                if (name.equalsIgnoreCase("id") || name.endsWith("Id") || name.endsWith("_id")) {
                    ids.add(path + "." + name + " = " + (value.isString() ? value.stringValue() : value.toString()));
                }
                collectIds(value, path + "." + name, ids);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectIds(node.get(i), path + "[" + i + "]", ids);
            }
        }
    }
}
