package dev.crampproof.security;

import static dev.crampproof.security.AccessMatrixTest.Access.ATHLETE;
import static dev.crampproof.security.AccessMatrixTest.Access.ATHLETE_API;
import static dev.crampproof.security.AccessMatrixTest.Access.COACH_API;
import static dev.crampproof.security.AccessMatrixTest.Access.COACH_OWN;
import static dev.crampproof.security.AccessMatrixTest.Access.NOWHERE;
import static dev.crampproof.security.AccessMatrixTest.Access.PLAN;
import static dev.crampproof.security.AccessMatrixTest.Access.PUBLIC;
import static dev.crampproof.security.AccessMatrixTest.Access.SESSION;
import static dev.crampproof.security.AccessMatrixTest.Access.SESSION_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.tracking.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 8: every URL of the app, asked by each of five actors, against one table of expected
 * answers ({@link #URLS}: one line per URL, its {@link Access} says what each actor gets).
 *
 * <p>The victim is a runner's plan joined to a coach ("coach"). Runners reach a plan by its token
 * alone, so the "other runner" uses the victim's URLs with their own token, and the victim's session
 * ids and long-run date, which their own plan does not have (its long runs are on Saturdays).
 * Coaches hold no token: on runner URLs they try the athlete key they know, which must never open
 * the plan. "Nobody" has no sign-in and a well-formed token that no plan has. On coach URLs
 * everyone uses the victim's athlete key.
 *
 * <p>Each cell checks the status, then: an answer that is not the victim's own (runner or coach)
 * leaves every row of the victim's plan and of its coach as it was and shows none of the victim's
 * data; only the runner ever sees the plan's token (coaches included); an allowed write really
 * changes the victim's rows, so a refusal elsewhere in the row is not a malformed request.
 * Second table: every form POST without a CSRF token is a 403 that changes nothing, while the
 * runner's JSON API needs none (no cookies) and refuses the bodies a cross-site form can send.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.class)
class AccessMatrixTest {

    /** Plans are made on this day (block from 2026-12-27, week-3 long run 2027-01-10)... */
    static final LocalDate MADE_ON = LocalDate.of(2026, 11, 21);
    /** ...and asked on week 3's long-run day: the first sessions can be logged, the check-in is open. */
    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    static final String PASSWORD = "correct horse battery";

    /** The api.md example plan: name, race name, race date, long-run day, coach code (JSON or null). */
    static final String PLAN_JSON = """
            {"runnerName": "%s", "raceName": "%s", "raceDate": "%s", "weeklyMileage": 35.5, "mileageUnit": "MILES",
             "longRunDay": "%s", "speedDay": "WEDNESDAY", "crampMuscles": ["CALF", "HAMSTRING"],
             "crampFrequency": "MOST_RACES", "crampOnset": 20, "liftingExperience": "SOME", "equipment": "GYM",
             "preferredStartWeeks": 16, "coachCode": %s}""";

    static final String PLAN_FORM = "runnerName=Form Runner&raceName=Berlin&raceDate=2027-04-18"
            + "&raceDistance=MARATHON&weeklyMileage=35.5&mileageUnit=MILES&longRunDay=SUNDAY&speedDay=WEDNESDAY"
            + "&crampMuscles=CALF&crampMuscles=HAMSTRING&crampFrequency=MOST_RACES&crampOnset=20"
            + "&liftingExperience=SOME&preferredStartWeeks=16&equipment=";

    /** Who asks, and with what: a plan token, a coach's sign-in, or nothing. */
    enum Actor {
        NOBODY("nobody"), RUNNER("runner"), OTHER_RUNNER("other runner"), COACH("coach"), OTHER_COACH("other coach");

        final String label;

        Actor(String label) {
            this.label = label;
        }
    }

    /** What an actor gets; the success statuses (200, 201, 204, 302, 303) are the URL's own. */
    enum Outcome {
        /** success on the victim's plan or athlete: this actor is entitled to it */
        SHOWN,
        /** success, on the actor's own plan or account only: nothing of the victim's */
        OWN,
        /** success for anyone, nobody's plan involved */
        OPEN,
        /** the URL's success status, but refused beside the form: nothing stored anywhere */
        REFUSED,
        NOT_FOUND,
        /** 302 to /coach/sign-in */
        SIGN_IN,
        UNAUTHORIZED,
        FORBIDDEN,
        UNSUPPORTED_MEDIA_TYPE
    }

    /** The kinds of URL: the outcome for nobody, runner, other runner, coach, other coach. */
    enum Access {
        PUBLIC(Outcome.OPEN, Outcome.OPEN, Outcome.OPEN, Outcome.OPEN, Outcome.OPEN),
        /** a plan's URL: the token is the key; the other runner's token reaches only their own plan */
        PLAN(Outcome.NOT_FOUND, Outcome.SHOWN, Outcome.OWN, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
        /** a session or long run of the plan: the victim's id under another token is not found */
        SESSION(Outcome.NOT_FOUND, Outcome.SHOWN, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
        /** a runner's comment on a session: another plan's session id is refused beside the form */
        SESSION_COMMENT(Outcome.NOT_FOUND, Outcome.SHOWN, Outcome.REFUSED, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
        /** the coach's own pages: sign-in needed; another coach sees and changes only their own */
        COACH_OWN(Outcome.SIGN_IN, Outcome.SIGN_IN, Outcome.SIGN_IN, Outcome.SHOWN, Outcome.OWN),
        COACH_API(Outcome.UNAUTHORIZED, Outcome.UNAUTHORIZED, Outcome.UNAUTHORIZED, Outcome.SHOWN, Outcome.OWN),
        /** an athlete's pages, by athlete key AND the signed-in coach */
        ATHLETE(Outcome.SIGN_IN, Outcome.SIGN_IN, Outcome.SIGN_IN, Outcome.SHOWN, Outcome.NOT_FOUND),
        ATHLETE_API(Outcome.UNAUTHORIZED, Outcome.UNAUTHORIZED, Outcome.UNAUTHORIZED, Outcome.SHOWN,
                Outcome.NOT_FOUND),
        NOWHERE(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND);

        private final Outcome[] byActor;

        Access(Outcome... byActor) {
            this.byActor = byActor;
        }

        Outcome of(Actor actor) {
            return byActor[actor.ordinal()];
        }

        /** The actor who may do this to the victim, if any. */
        Actor entitled() {
            for (Actor actor : Actor.values()) {
                if (of(actor) == Outcome.SHOWN) {
                    return actor;
                }
            }
            return Actor.RUNNER;
        }
    }

    /**
     * Every URL of the app (README "Pages and API" and "Coaches"). Placeholders: {token} (the
     * actor's), {key} (the victim's athlete key), {session} and {date} (the victim's first heavy
     * session and long run), {code} (the other coach's invite code), {email} (a new address).
     */
    static final List<Url> URLS = List.of(
            get("/", PUBLIC),
            form("POST /plans", PUBLIC, PLAN_FORM + "GYM"),
            json("POST /api/plans", PUBLIC, 201,
                    PLAN_JSON.formatted("Api Runner", "Berlin", "2027-04-18", "SUNDAY", "null")),
            get("/plans/{token}", PLAN),
            get("/plans/{token}/edit", PLAN),
            form("POST /plans/{token}/edit", PLAN, PLAN_FORM + "DUMBBELLS"),
            get("/plans/{token}/delete", PLAN),
            form("POST /plans/{token}/delete", PLAN, ""),
            get("/plans/{token}/calendar.ics", PLAN),
            get("/plans/{token}/sessions/{session}", SESSION),
            get("/plans/{token}/long-runs/{date}", SESSION),
            form("POST /plans/{token}/sessions/{session}/log", SESSION, "status=DONE&rpe=6&note=ok"),
            form("POST /plans/{token}/long-runs/{date}/log", SESSION,
                    "status=DONE&distance=18&cramped=true&crampAt=16"),
            form("POST /plans/{token}/check-in", PLAN, "wentWell=true"),
            form("POST /plans/{token}/unit", PLAN, "unit=KILOMETERS"),
            form("POST /plans/{token}/coach", PLAN, "coachCode={code}"),
            form("POST /plans/{token}/coach/leave", PLAN, ""),
            form("POST /plans/{token}/comments", PLAN, "body=Thanks coach"),
            form("POST /plans/{token}/comments (on a session)", SESSION_COMMENT, "sessionId={session}&body=Done it"),
            get("/api/plans/{token}", PLAN),
            json("PUT /api/plans/{token}/sessions/{session}/log", SESSION, 200, "{\"status\": \"DONE\", \"rpe\": 7}"),
            json("POST /api/plans/{token}/check-in", PLAN, 200, "{\"wentWell\": true}"),
            json("DELETE /api/plans/{token}", PLAN, 204, null),
            get("/coach/sign-up", PUBLIC),
            form("POST /coach/sign-up", PUBLIC, "name=New Coach&email={email}&password=" + PASSWORD),
            get("/coach/sign-in", PUBLIC),
            form("POST /coach/sign-in (wrong password)", PUBLIC, 302, "email={email}&password=not the password"),
            form("POST /coach/sign-out", PUBLIC, 302, ""),
            get("/coach", COACH_OWN),
            form("POST /coach/invite-code", COACH_OWN, ""),
            get("/coach/athletes/{key}", ATHLETE),
            form("POST /coach/athletes/{key}/comments", ATHLETE, "body=Nice work"),
            form("POST /coach/athletes/{key}/comments (on a week)", ATHLETE, "week=2&body=Good week"),
            form("POST /coach/athletes/{key}/comments (on a session)", ATHLETE, "sessionId={session}&body=Go heavier"),
            form("POST /coach/athletes/{key}/sessions/{session}/exercises/0", ATHLETE,
                    "exercise=GOBLET_SQUAT&sets=6&repsMin=4&repsMax=4"),
            form("POST /coach/athletes/{key}/second-day", ATHLETE, "on=true"),
            form("POST /coach/athletes/{key}/reviewed", ATHLETE, ""),
            get("/api/coach/athletes", COACH_API),
            get("/api/coach/athletes/{key}", ATHLETE_API),
            get("/actuator/health", PUBLIC),
            get("/actuator/env", NOWHERE));

    /**
     * The JSON API takes no CSRF token because it reads no cookie; what a cross-site page can send
     * without a CORS preflight (a form or text/plain POST) is refused before anything is read.
     */
    static final List<Url> CROSS_SITE = List.of(
            new Url("POST", "/api/plans", "(as a form)", Access.PUBLIC, 415, Url.Kind.FORM,
                    "runnerName=Cross Site&raceDate=2027-04-18"),
            new Url("POST", "/api/plans", "(text/plain)", Access.PUBLIC, 415, Url.Kind.TEXT,
                    PLAN_JSON.formatted("Cross Site", "Berlin", "2027-04-18", "SUNDAY", "null")),
            new Url("POST", "/api/plans/{token}/check-in", "(as a form)", Access.PLAN, 415, Url.Kind.FORM,
                    "wentWell=true"),
            new Url("POST", "/api/plans/{token}/check-in", "(text/plain)", Access.PLAN, 415, Url.Kind.TEXT,
                    "{\"wentWell\": true}"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock.Today today;

    final ObjectMapper json = new ObjectMapper();
    String coach;
    String otherCoach;

    @BeforeEach
    void twoCoaches() throws Exception {
        today.moveTo(MADE_ON);
        coach = signUp("Owner Coach");
        otherCoach = signUp("Other Coach");
    }

    @Test
    void every_url_as_every_actor_gets_the_answer_in_the_table_and_denied_writes_change_nothing() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder matrix = header("request");
        for (Url url : URLS) {
            World world = world();
            Map<Actor, String> cells = new LinkedHashMap<>();
            // the entitled actor last, since it may change or delete the plan
            List<Actor> order = new ArrayList<>(List.of(Actor.values()));
            order.sort((a, b) -> Boolean.compare(url.access().of(a) == Outcome.SHOWN,
                    url.access().of(b) == Outcome.SHOWN));
            for (Actor actor : order) {
                Outcome expected = url.access().of(actor);
                List<String> wrong = check(url, actor, expected, world, true);
                cells.put(actor, url.describe(expected) + (wrong.isEmpty() ? "" : " ✗"));
                wrong.forEach(problem -> failures.add(url.name() + " × " + actor.label + ": " + problem));
            }
            world.remove();
            row(matrix, url.name(), cells);
        }
        System.out.println("\nAccess matrix (" + URLS.size() + " URLs × " + Actor.values().length + " actors):\n"
                + matrix);
        assertThat(failures).as("cells of the access matrix that differ from the table:\n" + matrix).isEmpty();
    }

    @Test
    void every_form_post_without_a_csrf_token_is_403_and_changes_nothing_and_the_json_api_needs_none()
            throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder matrix = header("form POST without a CSRF token, by the actor entitled to it");
        for (Url url : URLS) {
            if (url.kind() != Url.Kind.FORM) {
                continue;
            }
            World world = world();
            Actor actor = url.access().entitled();
            List<String> wrong = check(url, actor, Outcome.FORBIDDEN, world, false);
            wrong.forEach(problem -> failures.add(url.name() + " without CSRF × " + actor.label + ": " + problem));
            world.remove();
            row(matrix, url.name(), Map.of(actor, url.describe(Outcome.FORBIDDEN) + (wrong.isEmpty() ? "" : " ✗")));
        }
        for (Url url : CROSS_SITE) {
            World world = world();
            List<String> wrong = check(url, Actor.RUNNER, Outcome.UNSUPPORTED_MEDIA_TYPE, world, false);
            wrong.forEach(problem -> failures.add(url.name() + " × runner: " + problem));
            world.remove();
            row(matrix, url.name(), Map.of(Actor.RUNNER, "415" + (wrong.isEmpty() ? "" : " ✗")));
        }
        // the JSON API's writes go through without a CSRF token (the matrix sends none) and open no
        // session, so there is no cookie a cross-site request could ride on
        World world = world();
        for (Url url : URLS) {
            if (url.kind() == Url.Kind.JSON && url.path().startsWith("/api/plans") && !"GET".equals(url.method())) {
                MvcResult answer = mvc.perform(url.build(world, url.access().entitled(), false)).andReturn();
                if (answer.getResponse().getStatus() != url.ok() || answer.getRequest().getSession(false) != null) {
                    failures.add(url.name() + " without CSRF: " + answer.getResponse().getStatus() + ", session "
                            + answer.getRequest().getSession(false));
                }
            }
        }
        world.remove();
        System.out.println("\nCSRF:\n" + matrix);
        assertThat(failures).as("CSRF checks that failed:\n" + matrix).isEmpty();
    }

    /** Runs one cell; returns what is wrong with the answer (empty: as the table says). */
    private List<String> check(Url url, Actor actor, Outcome expected, World world, boolean withCsrf)
            throws Exception {
        Map<String, Object> victimBefore = world.victimState();
        Map<String, Object> restBefore = world.restState();
        List<String> wrong = new ArrayList<>();
        MockHttpServletResponse answer;
        try {
            answer = mvc.perform(url.build(world, actor, withCsrf)).andReturn().getResponse();
        } catch (Exception thrown) {
            wrong.add("threw " + thrown);
            return wrong;
        }
        int status = answer.getStatus();
        String location = answer.getHeader("Location");
        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        int expectedStatus = switch (expected) {
            case SHOWN, OWN, OPEN, REFUSED -> url.ok();
            case NOT_FOUND -> 404;
            case SIGN_IN -> 302;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
        };
        if (status != expectedStatus) {
            wrong.add("expected " + expectedStatus + " (" + expected + "), got " + status
                    + (location == null ? "" : " to " + location));
        } else if (expected == Outcome.SIGN_IN && (location == null || !location.endsWith("/coach/sign-in"))) {
            wrong.add("expected a redirect to /coach/sign-in, got one to " + location);
        }
        String shown = body + "\n" + location;
        if (actor != Actor.RUNNER && shown.contains(world.victim)) {
            wrong.add("the answer holds the victim's plan token");
        }
        if (expected != Outcome.SHOWN && shown.contains(world.victimMarker)) {
            wrong.add("the answer shows the victim's data");
        }
        boolean read = "GET".equals(url.method());
        if (expected == Outcome.SHOWN && read && !body.contains(world.victimMarker)) {
            wrong.add("the victim's own answer does not show the victim's plan");
        }
        if (expected == Outcome.OWN && read && actor == Actor.OTHER_RUNNER && !body.contains(world.otherMarker)) {
            wrong.add("the other runner's own token does not show their own plan");
        }
        Map<String, Object> victimAfter = world.victimState();
        if (expected == Outcome.SHOWN && !read && status == url.ok()) {
            if (victimAfter.equals(victimBefore)) {
                wrong.add("the allowed write changed nothing (so the other cells of this row prove nothing)");
            }
        } else if (!victimAfter.equals(victimBefore)) {
            wrong.add("the victim's rows changed: " + differences(victimBefore, victimAfter));
        }
        // public writes add plans or coaches; the other runner and other coach may change their own
        boolean mayChangeTheRest = expected == Outcome.OPEN || expected == Outcome.OWN;
        Map<String, Object> restAfter = world.restState();
        if (!mayChangeTheRest && !restAfter.equals(restBefore)) {
            wrong.add("other rows changed: " + differences(restBefore, restAfter));
        }
        return wrong;
    }

    private static List<String> differences(Map<String, Object> before, Map<String, Object> after) {
        return before.keySet().stream().filter(key -> !before.get(key).equals(after.get(key))).toList();
    }

    /** One request line of the table. */
    record Url(String method, String path, String note, Access access, int ok, Kind kind, String content) {

        enum Kind { NONE, FORM, JSON, TEXT }

        String name() {
            return method + " " + path + (note.isEmpty() ? "" : " " + note);
        }

        String describe(Outcome outcome) {
            return switch (outcome) {
                case SHOWN, OPEN -> String.valueOf(ok);
                case OWN -> ok + " own";
                case REFUSED -> ok + " refused";
                case NOT_FOUND -> "404";
                case SIGN_IN -> "302 sign-in";
                case UNAUTHORIZED -> "401";
                case FORBIDDEN -> "403";
                case UNSUPPORTED_MEDIA_TYPE -> "415";
            };
        }

        MockHttpServletRequestBuilder build(World world, Actor actor, boolean withCsrf) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
                    world.fill(path, actor));
            switch (kind) {
                case FORM -> {
                    for (String pair : content.split("&")) {
                        if (!pair.isEmpty()) {
                            String[] nameValue = pair.split("=", 2);
                            request.param(nameValue[0], world.fill(nameValue[1], actor));
                        }
                    }
                    request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
                }
                case JSON -> {
                    if (content != null) {
                        request.contentType(MediaType.APPLICATION_JSON).content(world.fill(content, actor));
                    }
                }
                case TEXT -> request.contentType(MediaType.TEXT_PLAIN).content(world.fill(content, actor));
                case NONE -> {
                }
            }
            if (withCsrf && kind == Kind.FORM) {
                request.with(csrf());
            }
            if (actor == Actor.COACH) {
                request.with(user(world.coach).roles("COACH"));
            } else if (actor == Actor.OTHER_COACH) {
                request.with(user(world.otherCoach).roles("COACH"));
            }
            return request;
        }
    }

    static Url get(String path, Access access) {
        return new Url("GET", path, "", access, 200, Url.Kind.NONE, null);
    }

    /** "POST /path (note)": a form with a CSRF token, answered with a 303 unless said otherwise. */
    static Url form(String request, Access access, String params) {
        return form(request, access, 303, params);
    }

    static Url form(String request, Access access, int ok, String params) {
        String[] parts = split(request);
        return new Url(parts[0], parts[1], parts[2], access, ok, Url.Kind.FORM, params);
    }

    static Url json(String request, Access access, int ok, String body) {
        String[] parts = split(request);
        return new Url(parts[0], parts[1], parts[2], access, ok, Url.Kind.JSON, body);
    }

    private static String[] split(String request) {
        String[] methodRest = request.split(" ", 2);
        String[] pathNote = methodRest[1].split(" ", 2);
        return new String[] {methodRest[0], pathNote[0], pathNote.length > 1 ? pathNote[1] : ""};
    }

    /** The victim's plan (joined to the coach), the other runner's plan, and what each actor holds. */
    final class World {

        final String victim;
        final String victimKey;
        final long victimId;
        final String victimMarker;
        final String other;
        final long otherId;
        final String otherMarker;
        final String unknownToken;
        final String coach;
        final String otherCoach;
        final long coachId;
        final long otherCoachId;

        World(String victim, String victimMarker, String other, String otherMarker) {
            this.victim = victim;
            this.victimMarker = victimMarker;
            this.other = other;
            this.otherMarker = otherMarker;
            this.victimKey = jdbc.queryForObject("select athlete_key from plan where token = ?", String.class, victim);
            this.victimId = jdbc.queryForObject("select id from plan where token = ?", Long.class, victim);
            this.otherId = jdbc.queryForObject("select id from plan where token = ?", Long.class, other);
            byte[] random = new byte[24];
            ThreadLocalRandom.current().nextBytes(random);
            this.unknownToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            this.coach = AccessMatrixTest.this.coach;
            this.otherCoach = AccessMatrixTest.this.otherCoach;
            this.coachId = idOf(coach);
            this.otherCoachId = idOf(otherCoach);
        }

        String fill(String text, Actor actor) {
            String token = switch (actor) {
                case NOBODY -> unknownToken;
                case RUNNER -> victim;
                case OTHER_RUNNER -> other;
                case COACH, OTHER_COACH -> victimKey;
            };
            return text.replace("{token}", token).replace("{key}", victimKey)
                    .replace("{session}", "2026-12-27-heavy").replace("{date}", "2026-12-27")
                    .replace("{code}", codeOf(otherCoach)).replace("{email}", uniqueEmail("someone"));
        }

        /** Every row of the victim's plan, and its coach's account. */
        Map<String, Object> victimState() {
            Map<String, Object> state = planState(victimId);
            state.put("coach", jdbc.queryForList("select * from coach where id = ?", coachId));
            return state;
        }

        /** Every row of the other runner's plan and the other coach's account; how many other plans and coaches. */
        Map<String, Object> restState() {
            Map<String, Object> state = planState(otherId);
            state.put("other coach", jdbc.queryForList("select * from coach where id = ?", otherCoachId));
            state.put("plans", jdbc.queryForObject("select count(*) from plan where id <> ?", Long.class, victimId));
            state.put("coaches", jdbc.queryForObject("select count(*) from coach", Long.class));
            return state;
        }

        /** Keeps the coach's roster to this world's athlete. */
        void remove() {
            jdbc.update("delete from plan where id in (?, ?)", victimId, otherId);
        }
    }

    private Map<String, Object> planState(long planId) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("plan", jdbc.queryForList("select * from plan where id = ?", planId));
        state.put("strength_session", jdbc.queryForList(
                "select * from strength_session where plan_id = ? order by id", planId));
        for (String table : List.of("long_run_log", "check_in", "comment", "audit_event", "plan_cramp_muscle",
                "plan_race_condition")) {
            state.put(table, jdbc.queryForList("select * from " + table + " where plan_id = ? order by 1, 2", planId));
        }
        return state;
    }

    /** A fresh victim (joined to the coach) and other runner (long runs on Saturdays), asked on TODAY. */
    private World world() throws Exception {
        today.moveTo(MADE_ON);
        String victimMarker = "Zv" + UUID.randomUUID().toString().substring(0, 8);
        String otherMarker = "Zo" + UUID.randomUUID().toString().substring(0, 8);
        String victim = makePlan(PLAN_JSON.formatted("Victim " + victimMarker, "Race " + victimMarker, "2027-04-18",
                "SUNDAY", "\"" + codeOf(coach) + "\""));
        // a Saturday race: block from 2026-12-26, so its week-3 check-in is open on TODAY too
        String other = makePlan(PLAN_JSON.formatted("Other " + otherMarker, "Race " + otherMarker, "2027-04-17",
                "SATURDAY", "null"));
        today.moveTo(TODAY);
        return new World(victim, victimMarker, other, otherMarker);
    }

    private String makePlan(String body) throws Exception {
        String made = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(made).get("token").stringValue();
    }

    private String signUp(String name) throws Exception {
        String email = uniqueEmail(name.toLowerCase().replace(' ', '-'));
        mvc.perform(post("/coach/sign-up").with(csrf()).param("name", name).param("email", email)
                .param("password", PASSWORD)).andExpect(status().isSeeOther());
        return email;
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String codeOf(String email) {
        return jdbc.queryForObject("select invite_code from coach where email = ?", String.class, email);
    }

    private long idOf(String email) {
        return jdbc.queryForObject("select id from coach where email = ?", Long.class, email);
    }

    private static StringBuilder header(String first) {
        StringBuilder matrix = new StringBuilder();
        matrix.append(String.format("%-62s", first));
        for (Actor actor : Actor.values()) {
            matrix.append(String.format(" | %-14s", actor.label));
        }
        return matrix.append('\n');
    }

    private static void row(StringBuilder matrix, String name, Map<Actor, String> cells) {
        matrix.append(String.format("%-62s", name));
        for (Actor actor : Actor.values()) {
            matrix.append(String.format(" | %-14s", cells.getOrDefault(actor, "")));
        }
        matrix.append('\n');
    }
}
