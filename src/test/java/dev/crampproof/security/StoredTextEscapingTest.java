package dev.crampproof.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.tracking.MovableClock;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 8: markup typed into any free-text field comes back as text, never as markup. Through the
 * real server (forms with their CSRF tokens, a coach signed in with a password), every text the app
 * stores gets an attack: the runner's name and race name, a session log's note, the runner's replies
 * (on the plan and on a session), the coach's comments (on the plan, a week and a session) and the
 * coach's name; and every text it echoes back gets one too: the plan form and the change form with
 * errors, the coach sign-up form with errors (name and email), a wrong coach code on the plan page,
 * and the roster's name filter. Then every page and API answer that shows them is read: HTML must
 * have no script, no event-handler attribute and no javascript: link that came from the text, and
 * must show the text as text; JSON is application/json with the text unchanged; the calendar is
 * text/calendar. Error answers to hostile requests show no stack trace, SQL, class name or another
 * plan's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MovableClock.class)
class StoredTextEscapingTest {

    static final String PASSWORD = "correct horse battery";
    static final String SESSION = "2026-12-27-heavy";
    /** Attributes whose value a browser follows as a URL. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data");
    /** What an error answer must never show: stack frames, exception and class names, SQL. */
    static final List<String> INTERNALS = List.of("Exception", "org.", "java.", "jakarta.", "SELECT ", "at dev.",
            "dev.crampproof", "Caused by", "\tat ");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock.Today today;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'><img src=x onerror=alert(1)>", "javascript:alert(1)"})
    void every_stored_text_comes_back_as_text_on_every_page_and_in_every_api(String attack) throws Exception {
        today.moveTo(LocalDate.of(2026, 11, 21));
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : List.of("runner name", "race name", "note", "runner reply", "runner session reply",
                "coach plan comment", "coach week comment", "coach session comment", "coach name")) {
            texts.put(field, attack + " " + field);
        }

        WebClient coach = new WebClient(port);
        String email = "coach-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(coach.post("/coach/sign-up", "name", texts.get("coach name"), "email", email,
                "password", PASSWORD).statusCode()).isEqualTo(303);
        HttpResponse<String> signedIn = coach.post("/coach/sign-in", "email", email, "password", PASSWORD);
        assertThat(WebClient.redirect(signedIn)).isEqualTo("/coach");
        String code = jdbc.queryForObject("select invite_code from coach where email = ?", String.class, email);

        WebClient runner = new WebClient(port);
        HttpResponse<String> made = runner.post("/plans", planForm(texts.get("runner name"), texts.get("race name"),
                "35.5"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        String token = WebClient.redirect(made).substring("/plans/".length());
        String plan = "/plans/" + token;

        // a wrong coach code comes back in the join form; then the right one
        assertThat(runner.post(plan + "/coach", "coachCode", attack).statusCode()).isEqualTo(303);
        checkPage("plan page after a wrong coach code", runner.get(plan), attack);
        assertThat(runner.post(plan + "/coach", "coachCode", code).statusCode()).isEqualTo(303);
        String key = jdbc.queryForObject("select athlete_key from plan where token = ?", String.class, token);
        String athlete = "/coach/athletes/" + key;

        today.moveTo(LocalDate.of(2026, 12, 28));
        assertThat(runner.post(plan + "/sessions/" + SESSION + "/log", "status", "DONE", "rpe", "6",
                "note", texts.get("note")).statusCode()).isEqualTo(303);
        assertThat(runner.post(plan + "/comments", "body", texts.get("runner reply")).statusCode()).isEqualTo(303);
        assertThat(runner.post(plan + "/comments", "sessionId", SESSION, "body", texts.get("runner session reply"))
                .statusCode()).isEqualTo(303);
        assertThat(coach.post(athlete + "/comments", "body", texts.get("coach plan comment")).statusCode())
                .isEqualTo(303);
        assertThat(coach.post(athlete + "/comments", "week", "1", "body", texts.get("coach week comment"))
                .statusCode()).isEqualTo(303);
        assertThat(coach.post(athlete + "/comments", "sessionId", SESSION, "body", texts.get("coach session comment"))
                .statusCode()).isEqualTo(303);
        assertThat(jdbc.queryForObject("select count(*) from comment c join plan p on c.plan_id = p.id"
                + " where p.token = ?", Integer.class, token)).as("all five comments stored").isEqualTo(5);

        // every page that shows the stored texts
        checkPage("plan page", runner.get(plan), texts.values().toArray(String[]::new));
        checkPage("session page", runner.get(plan + "/sessions/" + SESSION), texts.get("note"),
                texts.get("runner session reply"), texts.get("coach session comment"));
        checkPage("change page", runner.get(plan + "/edit"), texts.get("runner name"), texts.get("race name"));
        checkPage("delete page", runner.get(plan + "/delete"), texts.get("runner name"));
        checkPage("roster", coach.get("/coach"), texts.get("runner name"), texts.get("race name"),
                texts.get("coach name"));
        checkPage("roster filtered by the name", coach.get("/coach?name=" + encode(texts.get("runner name"))),
                texts.get("runner name"), texts.get("race name"), texts.get("coach name"));
        checkPage("athlete review", coach.get(athlete), texts.get("runner name"), texts.get("runner reply"),
                texts.get("runner session reply"), texts.get("coach plan comment"), texts.get("coach week comment"),
                texts.get("coach session comment"), texts.get("coach name"));

        JsonNode runnerApi = checkJson("runner's API", runner.get("/api/plans/" + token, "application/json"));
        JsonNode coachApi = checkJson("coach's API", coach.get("/api/coach/athletes/" + key, "application/json"));
        for (JsonNode answer : List.of(runnerApi, coachApi)) {
            assertThat(answer.get("runnerName").stringValue()).isEqualTo(texts.get("runner name"));
            assertThat(answer.get("raceName").stringValue()).isEqualTo(texts.get("race name"));
            assertThat(noteOf(answer)).isEqualTo(texts.get("note"));
        }
        JsonNode roster = checkJson("coach's roster API", coach.get("/api/coach/athletes", "application/json"));
        assertThat(roster.get("athletes").get(0).get("name").stringValue()).isEqualTo(texts.get("runner name"));
        assertThat(roster.get("athletes").get(0).get("raceName").stringValue()).isEqualTo(texts.get("race name"));

        HttpResponse<String> calendar = runner.get(plan + "/calendar.ics", "text/calendar");
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(calendar.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(calendar.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(calendar.body().replace("\r\n ", "")).contains(texts.get("race name"));

        // texts echoed back by forms with errors
        String runnerName = attack + " echoed name";
        String raceName = attack + " echoed race";
        HttpResponse<String> badForm = runner.post("/plans", planForm(runnerName, raceName, ""));
        assertThat(badForm.statusCode()).isEqualTo(200);
        checkPage("plan form with errors", badForm, runnerName, raceName);
        HttpResponse<String> badChange = runner.post(plan + "/edit", planForm(runnerName, raceName, ""));
        assertThat(badChange.statusCode()).isEqualTo(200);
        checkPage("change form with errors", badChange, runnerName, raceName);
        String badEmail = attack.replace(" ", "") + "@example.org";
        HttpResponse<String> badSignUp = new WebClient(port).post("/coach/sign-up", "name", attack + " new coach",
                "email", badEmail, "password", "short");
        assertThat(badSignUp.statusCode()).isEqualTo(200);
        checkPage("sign-up form with errors", badSignUp, attack + " new coach", badEmail);
    }

    @Test
    void error_answers_to_hostile_requests_show_no_internals_and_no_other_plans_token() throws Exception {
        today.moveTo(LocalDate.of(2026, 11, 21));
        WebClient runner = new WebClient(port);
        String token = WebClient.redirect(runner.post("/plans", planForm("Ana Ruiz", "Valencia", "35.5")))
                .substring("/plans/".length());
        WebClient other = new WebClient(port);
        String otherToken = WebClient.redirect(other.post("/plans", planForm("Bo Other", "Berlin", "30")))
                .substring("/plans/".length());
        WebClient coach = new WebClient(port);
        String email = "coach-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        coach.post("/coach/sign-up", "name", "Coach Rae", "email", email, "password", PASSWORD);
        coach.post("/coach/sign-in", "email", email, "password", PASSWORD);
        String tenThousand = "x".repeat(10_000);
        String plan = "/plans/" + token;

        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("GET /plans/<script>", runner.get("/plans/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        answers.put("GET /plans/<script>…</script> (a slash)", runner.get("/plans/%3Cscript%3Ealert(1)%3C/script%3E"));
        answers.put("GET /plans/' or '1'='1", runner.get("/plans/'%20or%20'1'='1"));
        answers.put("GET /plans/%00", runner.get("/plans/%00"));
        answers.put("GET /plans/{token}%00", runner.get(plan + "%00"));
        answers.put("GET /plans/{10,000 chars}", runner.get("/plans/" + tenThousand.substring(0, 6000)));
        answers.put("GET /api/plans/%00", runner.get("/api/plans/%00", "application/json"));
        answers.put("GET /api/plans/<script>", runner.get("/api/plans/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "application/json"));
        answers.put("GET /api/plans/' or '1'='1", runner.get("/api/plans/'%20or%20'1'='1", "application/json"));
        answers.put("GET /plans/{token}/calendar.ics of no plan",
                runner.get("/plans/nope/calendar.ics", "text/calendar"));
        answers.put("PUT a 10,000-character note", runner.send("PUT", "/api/plans/" + token + "/sessions/" + SESSION
                + "/log", "application/json", "{\"status\": \"SKIPPED\", \"note\": \"" + tenThousand + "\"}"));
        answers.put("PUT a log on <script> session", runner.send("PUT", "/api/plans/" + token
                + "/sessions/%3Cscript%3E/log", "application/json", "{\"status\": \"SKIPPED\"}"));
        answers.put("PUT a log, broken JSON", runner.send("PUT", "/api/plans/" + token + "/sessions/" + SESSION
                + "/log", "application/json", "{\"status\": \"<script>"));
        answers.put("POST /api/plans, broken JSON", runner.send("POST", "/api/plans", "application/json",
                "{\"runnerName\": \"<script>alert(1)</script>\", \"raceDate\": "));
        answers.put("POST /api/plans, 10,000-character name", runner.send("POST", "/api/plans", "application/json",
                "{\"runnerName\": \"" + tenThousand + "\"}"));
        answers.put("POST /api/plans, wrong types", runner.send("POST", "/api/plans", "application/json",
                "{\"runnerName\": [1], \"raceDate\": \"<script>\", \"weeklyMileage\": \"1e999999\"}"));
        answers.put("POST /api/plans as text/html", runner.send("POST", "/api/plans", "text/html", "<script>"));
        answers.put("POST /api/plans/{token}/check-in, not JSON", runner.send("POST", "/api/plans/" + token
                + "/check-in", "application/json", "wentWell=true"));
        answers.put("POST a session log, 10,000-character note", runner.post(plan + "/sessions/" + SESSION + "/log",
                "status", "SKIPPED", "note", tenThousand));
        answers.put("POST a long run on no date", runner.post(plan + "/long-runs/not-a-date/log", "status", "DONE"));
        answers.put("POST a unit of furlongs", runner.post(plan + "/unit", "unit", "FURLONGS"));
        answers.put("POST a comment of 10,000 characters", runner.post(plan + "/comments", "body", tenThousand));
        answers.put("POST /plans, 10,000-character name", runner.post("/plans", planForm(tenThousand, tenThousand,
                "1e999999")));
        answers.put("GET /coach?page=abc", coach.get("/coach?page=abc"));
        answers.put("GET /coach?sort=<script>", coach.get("/coach?sort=%3Cscript%3E&dir=%27%3B"));
        answers.put("GET /api/coach/athletes?page=-1", coach.get("/api/coach/athletes?page=-1", "application/json"));
        answers.put("GET /coach/athletes/<script>", coach.get("/coach/athletes/%3Cscript%3E"));
        answers.put("POST an adjustment at position abc", coach.post("/coach/athletes/nope/sessions/" + SESSION
                + "/exercises/abc", "sets", "x"));
        answers.put("POST a coach comment on week abc", coach.post("/coach/athletes/nope/comments", "week", "abc",
                "body", "hi"));
        answers.put("POST /coach/sign-in, 10,000-character email", new WebClient(port).post("/coach/sign-in",
                "email", tenThousand + "@example.org", "password", tenThousand));
        answers.put("POST /coach/sign-in from a 100-character X-Forwarded-For address", new WebClient(port)
                .with("X-Forwarded-For", "f".repeat(100)).post("/coach/sign-in", "email", email, "password", "wrong"));
        answers.put("POST /coach/sign-up, 10,000-character fields", new WebClient(port).post("/coach/sign-up",
                "name", tenThousand, "email", tenThousand, "password", tenThousand));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, HttpResponse<String>> entry : answers.entrySet()) {
            HttpResponse<String> answer = entry.getValue();
            String what = entry.getKey() + " → " + answer.statusCode();
            if (answer.statusCode() >= 500) {
                wrong.add(what + ": a server error");
            }
            String body = answer.body();
            for (String internal : INTERNALS) {
                if (body.contains(internal)) {
                    wrong.add(what + ": shows \"" + internal + "\"");
                }
            }
            if (body.contains(otherToken)) {
                wrong.add(what + ": shows another plan's token");
            }
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                Document page = Jsoup.parse(body);
                if (!page.select("script:containsData(alert)").isEmpty() || body.contains("<script>alert")) {
                    wrong.add(what + ": echoes the <script> as markup");
                }
            }
            System.out.println(what + " " + type);
        }
        assertThat(wrong).as("error answers").isEmpty();
    }

    /** The form of the home page; empty mileage makes it invalid. */
    private static String[] planForm(String runnerName, String raceName, String weeklyMileage) {
        return new String[] {"runnerName", runnerName, "raceName", raceName, "raceDate", "2027-04-18",
                "raceDistance", "MARATHON", "weeklyMileage", weeklyMileage, "mileageUnit", "MILES",
                "longRunDay", "SUNDAY", "speedDay", "WEDNESDAY", "crampMuscles", "CALF", "crampFrequency", "MOST_RACES",
                "crampOnset", "20", "liftingExperience", "SOME", "equipment", "GYM", "preferredStartWeeks", "16"};
    }

    /**
     * An HTML answer with no markup from the attack: no script with its code, no event handler, no
     * javascript: URL, no image it made; and each expected text shown as text (or a form value).
     * Failures quote the offending spot, not the whole page.
     */
    private static void checkPage(String what, HttpResponse<String> answer, String... shown) {
        assertThat(answer.statusCode()).as(what).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("text/html");
        String html = answer.body();
        List<String> wrong = new ArrayList<>();
        for (String markup : List.of("<script>alert", "<img src=x", "<img src=\"x\"")) {
            int at = html.indexOf(markup);
            if (at >= 0) {
                wrong.add("raw markup: …" + html.substring(Math.max(0, at - 60), Math.min(html.length(), at + 60))
                        + "…");
            }
        }
        Document page = Jsoup.parse(html);
        StringBuilder visible = new StringBuilder(page.text());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                if (name.startsWith("on")) {
                    wrong.add("an event handler: <" + element.tagName() + " " + attribute.html() + ">");
                }
                if (URL_ATTRIBUTES.contains(name)
                        && attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    wrong.add("a javascript: URL: <" + element.tagName() + " " + attribute.html() + ">");
                }
                visible.append('\n').append(attribute.getValue());
            }
        }
        for (Element image : page.select("img[src=x]")) {
            wrong.add("an image made by the attack: " + image.outerHtml());
        }
        for (Element script : page.select("script")) {
            if (script.data().contains("alert(1)") || !script.attr("src").startsWith("/")) {
                wrong.add("a script that is not the app's: " + script.outerHtml());
            }
        }
        for (String text : shown) {
            if (!visible.toString().contains(text)) {
                wrong.add("does not show as text: " + text);
            }
        }
        assertThat(wrong).as(what).isEmpty();
    }

    private JsonNode checkJson(String what, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(what).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/json");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what + ": never sniffed as HTML")
                .contains("nosniff");
        return json.readTree(answer.body());
    }

    private static String noteOf(JsonNode plan) {
        for (JsonNode week : plan.get("weeks").values()) {
            for (JsonNode session : week.get("sessions").values()) {
                if (session.get("id").stringValue().equals(SESSION)) {
                    return session.get("log").get("note").stringValue();
                }
            }
        }
        throw new AssertionError("no session " + SESSION);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
