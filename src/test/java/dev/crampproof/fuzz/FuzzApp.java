package dev.crampproof.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.crampproof.tracking.MovableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The application the fuzz properties attack, started once for all of them: jqwik has its own
 * lifecycle, so instead of a JUnit extension the Spring TestContext framework is driven directly
 * (the same context @SpringBootTest would build, cached as usual). It holds fixtures (a coach
 * with an athlete, plans to log on, edit, join and delete), sends {@link Call}s and checks the
 * properties every answer must have.
 *
 * <p>Fixtures are made on 2026-11-21; then today moves to {@link #TODAY}, in block week 4 of
 * the fixture plans, so past sessions can be logged and the week-3 check-in is open.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.class)
@TestPropertySource(properties = "crampproof.rate-limit.per-minute=100000000")
final class FuzzApp {

    static final LocalDate MADE_ON = LocalDate.of(2026, 11, 21);
    static final LocalDate TODAY = LocalDate.of(2027, 1, 20);
    static final String PASSWORD = "correct horse battery";
    static final String COACH = "fuzz-coach@example.org";
    static final String OTHER_COACH = "other-fuzz-coach@example.org";

    /** The api.md example without a coach code: valid on every day of the fuzzing. */
    static final Map<String, String> VALID_PLAN = validPlan();

    /** The app's own tables; Flyway's history and Spring Session's (unused in tests) are left out. */
    static final List<String> TABLES = List.of("plan", "plan_cramp_muscle", "plan_race_condition", "strength_session",
            "check_in", "long_run_log", "coach", "sign_in_failure", "comment", "audit_event");

    /** Flash attributes that carry a refusal back to the page. */
    private static final Set<String> PROBLEMS = Set.of("formProblems", "coachCodeProblem", "commentProblem",
            "coachProblem");

    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\tat [a-z]|java\\.lang\\.[A-Z]\\w*(Exception|Error)|org\\.springframework\\.\\w|org\\.hibernate|SQLState");
    private static final Set<Integer> EXPECTED_STATUSES = Set.of(200, 201, 204, 302, 303, 400, 401, 403, 404, 405,
            406, 409, 413, 415, 429);

    private static FuzzApp app;

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final MovableClock.Today today;
    final ObjectMapper json = new ObjectMapper();

    /**
     * Fixture plans by placeholder: ‹plan› (the coach's athlete ‹athlete›), ‹other-plan›, ‹edit-plan›,
     * ‹join-plan›, and ‹other-coach-plan› (the other coach's athlete ‹other-athlete›).
     */
    private final Map<String, String> tokens = new LinkedHashMap<>();
    final List<String> pastSessions = new ArrayList<>();
    final List<String> futureSessions = new ArrayList<>();
    final List<String> otherPlanSessions = new ArrayList<>();
    final List<String> pastLongRuns = new ArrayList<>();
    final List<String> futureLongRuns = new ArrayList<>();

    private FuzzApp(ApplicationContext context) throws Exception {
        mvc = context.getBean(MockMvc.class);
        jdbc = context.getBean(JdbcTemplate.class);
        today = context.getBean(MovableClock.Today.class);
        today.moveTo(MADE_ON);
        signUp("Fuzz Coach", COACH);
        signUp("Other Coach", OTHER_COACH);
        tokens.put("‹plan›", makePlan(VALID_PLAN, codeOf(COACH)));
        Map<String, String> later = new LinkedHashMap<>(VALID_PLAN);
        later.put("raceDate", "\"2027-05-16\"");
        tokens.put("‹other-plan›", makePlan(later, null));
        tokens.put("‹edit-plan›", makePlan(VALID_PLAN, null));
        tokens.put("‹join-plan›", makePlan(VALID_PLAN, null));
        tokens.put("‹other-coach-plan›", makePlan(VALID_PLAN, codeOf(OTHER_COACH)));
        today.moveTo(TODAY);
        for (JsonNode session : sessions(tokens.get("‹plan›"))) {
            LocalDate date = LocalDate.parse(session.get("date").stringValue());
            (date.isAfter(TODAY) ? futureSessions : pastSessions).add(session.get("id").stringValue());
            if (session.get("anchor").stringValue().equals("LONG_RUN") && session.get("kind").stringValue().equals("HEAVY")) {
                (date.isAfter(TODAY) ? futureLongRuns : pastLongRuns).add(date.toString());
            }
        }
        sessions(tokens.get("‹other-plan›")).forEach(s -> otherPlanSessions.add(s.get("id").stringValue()));
    }

    /** The running application with its fixtures, started by the first property that asks. */
    static synchronized FuzzApp app() {
        if (app == null) {
            try {
                TestContextManager spring = new TestContextManager(FuzzApp.class);
                app = new FuzzApp(spring.getTestContext().getApplicationContext());
            } catch (Exception failure) {
                throw new IllegalStateException("the fuzz fixtures could not be made", failure);
            }
        }
        return app;
    }

    static Map<String, String> validPlan() {
        Map<String, String> plan = new LinkedHashMap<>();
        plan.put("runnerName", "\"Ana Ruiz\"");
        plan.put("raceName", "\"Valencia Marathon\"");
        plan.put("raceDate", "\"2027-04-18\"");
        plan.put("raceDistance", "\"MARATHON\"");
        plan.put("weeklyMileage", "35.5");
        plan.put("mileageUnit", "\"MILES\"");
        plan.put("longRunDay", "\"SUNDAY\"");
        plan.put("speedDay", "\"WEDNESDAY\"");
        plan.put("crampMuscles", "[\"CALF\", \"HAMSTRING\"]");
        plan.put("crampFrequency", "\"MOST_RACES\"");
        plan.put("crampOnset", "20");
        plan.put("crampsInTraining", "false");
        plan.put("fluidsAlreadyChanged", "true");
        plan.put("liftingExperience", "\"SOME\"");
        plan.put("equipment", "\"GYM\"");
        plan.put("raceConditions", "[\"HOT\"]");
        plan.put("preferredStartWeeks", "16");
        return Map.copyOf(plan);
    }

    static String body(Map<String, String> fields) {
        StringBuilder body = new StringBuilder("{");
        fields.forEach((name, raw) -> body.append(body.length() > 1 ? ", " : "").append(Hostile.jsonString(name))
                .append(": ").append(raw));
        return body.append('}').toString();
    }

    private void signUp(String name, String email) throws Exception {
        int status = mvc.perform(post("/coach/sign-up").with(csrf()).param("name", name).param("email", email)
                .param("password", PASSWORD)).andReturn().getResponse().getStatus();
        if (status != 303) {
            throw new IllegalStateException("sign-up of " + email + " answered " + status);
        }
    }

    String codeOf(String email) {
        return jdbc.queryForObject("select invite_code from coach where email = ?", String.class, email);
    }

    private String makePlan(Map<String, String> fields, String coachCode) throws Exception {
        Map<String, String> withCode = new LinkedHashMap<>(fields);
        if (coachCode != null) {
            withCode.put("coachCode", Hostile.jsonString(coachCode));
        }
        MockHttpServletResponse made = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .content(body(withCode))).andReturn().getResponse();
        if (made.getStatus() != 201) {
            throw new IllegalStateException("a fixture plan was refused: " + made.getContentAsString());
        }
        return json.readTree(made.getContentAsString()).get("token").stringValue();
    }

    /** A plan made just for this request, e.g. to be deleted. */
    private String freshPlan() throws Exception {
        return makePlan(VALID_PLAN, null);
    }

    private List<JsonNode> sessions(String token) throws Exception {
        JsonNode plan = json.readTree(mvc.perform(get("/api/plans/" + token)).andReturn().getResponse()
                .getContentAsString());
        List<JsonNode> sessions = new ArrayList<>();
        plan.get("weeks").values().forEach(week -> week.get("sessions").values().forEach(sessions::add));
        return sessions;
    }

    // ---- Sending ----------------------------------------------------------------------------

    /** What a placeholder stands for right now (athlete keys and invite codes change when used). */
    private String resolve(String text, Map<String, String> fresh) throws Exception {
        if (text == null || text.indexOf('‹') < 0) {
            return text;
        }
        String resolved = text;
        for (Map.Entry<String, String> plan : tokens.entrySet()) {
            resolved = resolved.replace(plan.getKey(), plan.getValue());
        }
        if (resolved.contains("‹athlete›")) {
            resolved = resolved.replace("‹athlete›", athleteKey(tokens.get("‹plan›")));
        }
        if (resolved.contains("‹other-athlete›")) {
            resolved = resolved.replace("‹other-athlete›", athleteKey(tokens.get("‹other-coach-plan›")));
        }
        if (resolved.contains("‹code›")) {
            resolved = resolved.replace("‹code›", codeOf(COACH));
        }
        if (resolved.contains("‹fresh-plan›")) {
            if (!fresh.containsKey("plan")) {
                fresh.put("plan", freshPlan());
            }
            resolved = resolved.replace("‹fresh-plan›", fresh.get("plan"));
        }
        return resolved;
    }

    private String athleteKey(String token) {
        return jdbc.queryForObject("select athlete_key from plan where token = ?", String.class, token);
    }

    private MockHttpServletRequestBuilder request(Call call, Map<String, String> fresh) throws Exception {
        StringBuilder path = new StringBuilder();
        for (Call.Segment segment : call.segments()) {
            String value = resolve(segment.value(), fresh);
            path.append('/').append(segment.raw() ? value : UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
        }
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .request(HttpMethod.valueOf(call.method()),
                        // With a host in front, a path that starts with "//" stays a path, as on the wire.
                        URI.create("http://localhost" + (path.isEmpty() ? "/" : path.toString())));
        for (Map.Entry<String, String> param : call.params()) {
            String value = resolve(param.getValue(), fresh);
            if (call.method().equals("GET")) {
                request.queryParam(param.getKey(), value);
            } else {
                request.param(param.getKey(), value);
            }
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (call.accept() != null) {
            request.header("Accept", call.accept());
        }
        if (call.body() != null) {
            request.content(resolve(call.body(), fresh).getBytes(StandardCharsets.UTF_8));
        }
        if (call.csrf()) {
            request.with(csrf());
        }
        if (call.who() != Call.Who.NOBODY) {
            request.with(user(call.who() == Call.Who.COACH ? COACH : OTHER_COACH).roles("COACH"));
        }
        return request;
    }

    // ---- The properties ---------------------------------------------------------------------

    /**
     * Sends the call and checks: (1) no 5xx, no exception, no stack trace or unescaped injected
     * HTML in the answer, and no 2xx for a clearly invalid request; (2) a refused request (and
     * any GET) leaves every table as it was; (3) an API problem is application/problem+json with
     * an errors list or a detail.
     */
    synchronized Answer check(Call call) {
        if (Thread.currentThread().isInterrupted()) {
            // jqwik gave up shrinking (time limit) and interrupted its thread: send nothing more
            throw new IllegalStateException("interrupted");
        }
        Map<String, String> fresh = new LinkedHashMap<>();
        MvcResult result;
        Snapshot before;
        List<String> dirtyBefore;
        try {
            MockHttpServletRequestBuilder request = request(call, fresh);
            before = snapshot(call);
            dirtyBefore = call.kind() == Call.Kind.READ ? List.of() : dirtyText();
            result = mvc.perform(request).andReturn();
        } catch (Exception thrown) {
            throw new AssertionError("the request threw " + rootCause(thrown) + call, thrown);
        }
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String body = contentOf(response);
        Answer answer = new Answer(call, status, response.getHeader("Location"), response.getContentType(), body,
                refused(call, result), result);

        // shown with a failure (or always, with jqwik.reporting.onlyfailures=false): what the tries got
        net.jqwik.api.statistics.Statistics.collect(status, answer.refused() ? "refused" : "accepted");
        if (status >= 500 || !EXPECTED_STATUSES.contains(status)) {
            fail(answer, "status " + status);
        }
        if (STACK_TRACE.matcher(body).find()) {
            fail(answer, "the answer shows internals");
        }
        if (isHtml(answer.contentType()) && (body.contains(Hostile.SCRIPT) || body.contains("<img src=x onerror=fuzz()>"))) {
            fail(answer, "the answer echoes injected HTML unescaped");
        }
        if (!call.mayBeValid() && !answer.refused()) {
            fail(answer, "a clearly invalid request was accepted");
        }
        Snapshot after = snapshot(call);
        if (answer.refused() || call.kind() == Call.Kind.READ) {
            String changed = before.differenceTo(after, call.kind() == Call.Kind.SIGN_IN);
            if (changed != null) {
                fail(answer, "a refused request changed stored rows: " + changed);
            }
        }
        if (!answer.refused() && call.kind() != Call.Kind.READ) {
            List<String> dirty = new ArrayList<>(dirtyText());
            dirty.removeAll(dirtyBefore);
            if (!dirty.isEmpty()) {
                fail(answer, "stored text has a control character or a lone surrogate: " + Hostile.show(dirty.get(0)));
            }
        }
        if (answer.pathStartsWith("/api/") && status >= 400) {
            checkProblem(answer, result);
        }
        if (answer.refused() && call.kind() == Call.Kind.FLASH_FORM && status == 303 && anyParamHasHtml(call)) {
            followWithFlash(answer, result);
        }
        return answer;
    }

    private static boolean anyParamHasHtml(Call call) {
        return call.params().stream().anyMatch(param -> param.getValue().contains("<"));
    }

    /** The page a refused form goes back to shows what was typed: escaped. */
    private void followWithFlash(Answer answer, MvcResult result) {
        String location = answer.location();
        String path = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
        try {
            String page = contentOf(mvc.perform(get(URI.create(path)).flashAttrs(result.getFlashMap())).andReturn()
                    .getResponse());
            if (page.contains(Hostile.SCRIPT) || page.contains("<img src=x onerror=fuzz()>")) {
                fail(answer, "the page after the redirect echoes injected HTML unescaped");
            }
        } catch (Exception thrown) {
            fail(answer, "the page after the redirect threw " + rootCause(thrown));
        }
    }

    private void checkProblem(Answer answer, MvcResult result) {
        boolean fromSecurity = result.getHandler() == null && answer.body().isEmpty()
                && Set.of(400, 401, 403).contains(answer.status());
        boolean unreadableAccept = answer.body().isEmpty() && !parses(answer.call().accept());
        if (fromSecurity || unreadableAccept) {
            // the firewall, sign-in and CSRF filters answer before any controller, without a body;
            // and a problem cannot be written for an Accept header that cannot even be read
            return;
        }
        if (answer.contentType() == null
                || !MediaType.parseMediaType(answer.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            fail(answer, "an API error is not application/problem+json");
        }
        JsonNode problem;
        try {
            problem = json.readTree(answer.body());
        } catch (RuntimeException notJson) {
            fail(answer, "an API problem is no JSON");
            return;
        }
        if (problem.path("status").asInt(-1) != answer.status()) {
            fail(answer, "the problem's status is not the answer's");
        }
        JsonNode errors = problem.get("errors");
        if (errors != null) {
            if (!errors.isArray() || errors.isEmpty()) {
                fail(answer, "a problem's errors are no list of errors");
            }
            for (JsonNode error : errors) {
                if (!error.path("field").isString() || error.path("message").stringValue("").isBlank()) {
                    fail(answer, "an error names no field and message: " + error);
                }
            }
        } else if (problem.path("detail").stringValue("").isBlank()) {
            fail(answer, "a problem has neither errors nor a detail");
        }
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.startsWith("text/html");
    }

    private static boolean parses(String accept) {
        try {
            MediaType.parseMediaTypes(accept);
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Whether the app refused the request, judged by how this kind of endpoint answers. */
    private static boolean refused(Call call, MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = Objects.toString(result.getResponse().getHeader("Location"), "");
        if (status >= 400 || status == 302 && location.endsWith("/coach/sign-in")) {
            return true;
        }
        return switch (call.kind()) {
            case API, ACTION, READ -> false;
            case PAGE_FORM -> status == 200 && hasErrors(result.getModelAndView());
            case FLASH_FORM -> result.getFlashMap().keySet().stream().anyMatch(PROBLEMS::contains);
            case SIGN_IN -> location.endsWith("?error");
        };
    }

    private static boolean hasErrors(ModelAndView page) {
        return page != null && page.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult binding && binding.hasErrors());
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception unreadable) {
            return "";
        }
    }

    static String rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + cause.getMessage();
    }

    private static void fail(Answer answer, String what) {
        throw new AssertionError(what + answer);
    }

    /** What came back, for the property's own checks and for failure messages. */
    record Answer(Call call, int status, String location, String contentType, String body, boolean refused,
            MvcResult result) {

        boolean pathStartsWith(String prefix) {
            return call.path().startsWith(prefix);
        }

        @Override
        public String toString() {
            return call + "  answered " + status + (location == null ? "" : " → " + location)
                    + (contentType == null ? "" : " (" + contentType + ")") + (refused ? ", refused" : ", accepted")
                    + (body.isEmpty() ? "" : "\n  answer: " + Hostile.show(body.length() > 600 ? body.substring(0, 600) : body))
                    + "\n";
        }
    }

    // ---- Stored rows ------------------------------------------------------------------------

    /** Columns that hold what people typed. */
    private static final List<String> TYPED = List.of("plan.runner_name", "plan.race_name",
            "strength_session.log_note", "comment.body", "coach.name", "coach.email", "sign_in_failure.email");

    /**
     * Control characters other than line breaks and tabs, and unpaired surrogates, have no place
     * in stored text: PostgreSQL refuses NUL outright and cannot encode a lone surrogate.
     */
    private static final String DIRTY = "[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}\\x{7F}\\x{D800}-\\x{DFFF}]";

    private List<String> dirtyText() {
        StringBuilder sql = new StringBuilder();
        for (String column : TYPED) {
            String table = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            sql.append(sql.isEmpty() ? "" : " union all ").append("select '").append(column).append(": ' || ")
                    .append(name).append(" from ").append(table).append(" where regexp_like(").append(name)
                    .append(", '").append(DIRTY).append("')");
        }
        return jdbc.queryForList(sql.toString(), String.class);
    }

    /** Row counts of every table, every coach, and every row of the fixture plans the call names. */
    record Snapshot(Map<String, Long> counts, Map<String, List<Map<String, Object>>> rows) {

        String differenceTo(Snapshot after, boolean signInFailuresMayGrow) {
            for (String table : counts.keySet()) {
                long was = counts.get(table);
                long is = after.counts.get(table);
                boolean allowed = signInFailuresMayGrow && table.equals("sign_in_failure") && is == was + 1;
                if (was != is && !allowed) {
                    return table + " had " + was + " rows, now " + is;
                }
            }
            for (String part : rows.keySet()) {
                if (!rows.get(part).equals(after.rows.get(part))) {
                    return "the rows of " + part + " changed";
                }
            }
            return null;
        }
    }

    private Snapshot snapshot(Call call) {
        Map<String, Long> counts = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        for (String table : TABLES) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("select '").append(table)
                    .append("', count(*) from ").append(table);
        }
        jdbc.query(sql.toString(), row -> {
            counts.put(row.getString(1), row.getLong(2));
        });
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("coach", jdbc.queryForList("select * from coach order by id"));
        for (Map.Entry<String, String> plan : tokens.entrySet()) {
            if (mentions(call, plan.getKey())) {
                rows.putAll(planRows(plan.getKey(), plan.getValue()));
            }
        }
        return new Snapshot(counts, rows);
    }

    private static boolean mentions(Call call, String placeholder) {
        String shown = call.toString();
        // an athlete key stands for the plan it belongs to
        return shown.contains(placeholder) || placeholder.equals("‹plan›") && shown.contains("‹athlete›")
                || placeholder.equals("‹other-coach-plan›") && shown.contains("‹other-athlete›");
    }

    /** A fixture plan's rows (a session's row holds its exercises). */
    private Map<String, List<Map<String, Object>>> planRows(String name, String token) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put(name + " plan", jdbc.queryForList("select * from plan where token = ?", token));
        String id = "(select id from plan where token = ?)";
        for (String table : List.of("plan_cramp_muscle", "plan_race_condition", "check_in", "long_run_log", "comment",
                "audit_event")) {
            rows.put(name + " " + table, jdbc.queryForList("select * from " + table + " where plan_id = " + id
                    + " order by 1, 2", token));
        }
        rows.put(name + " strength_session", jdbc.queryForList(
                "select * from strength_session where plan_id = " + id + " order by id", token));
        return rows;
    }
}
