package dev.crampproof.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A runner in a real browser: a mistake on the form and its message, the fix, the plan, two
 * logged sessions and the week-3 check-in; and the form filled in with the keyboard alone.
 * Screenshots of each page at 360 and 1280 px go to target/screenshots.
 */
class RunnerBrowserJourneyTest extends BrowserTest {

    @Test
    void a_runner_fixes_a_mistake_gets_the_plan_logs_two_sessions_and_checks_in() throws Exception {
        browser.get(url("/"));
        Browser.screenshot(browser, "home-1280");
        Accessibility.check(browser, "home");
        fillForm("");
        Browser.submit(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.findElement(By.id("runnerName-error")).getText()).isEqualTo("Please fill this in.");
        assertThat(browser.findElement(By.id("runnerName")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("weeklyMileage")).getAttribute("value")).isEqualTo("35.5");
        Browser.screenshot(browser, "form-with-error-1280");
        Accessibility.check(browser, "form with an error");

        browser.findElement(By.id("runnerName")).sendKeys("Ana Ruiz");
        Browser.submit(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).as("errors shown: %s", errorsShown())
                .matches(".*/plans/[A-Za-z0-9_-]{32}");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ana Ruiz");
        String plan = browser.getCurrentUrl();
        Browser.screenshot(browser, "plan-1280");
        Accessibility.check(browser, "plan");

        today.moveTo(LocalDate.of(2027, 1, 10));
        browser.get(plan);
        logDone("2026-12-27-heavy");
        logDone("2027-01-03-heavy");
        assertThat(browser.findElement(By.cssSelector("#session-2027-01-03-heavy .log-summary")).getText())
                .contains("Done");

        WebElement yes = browser.findElement(By.id("went-well-yes"));
        assertThat(yes.isSelected()).as("2 of the first 3 double days done: yes pre-selected").isTrue();
        Browser.submit(browser, browser.findElement(By.cssSelector("#check-in button[type=submit]")));
        assertThat(browser.findElement(By.id("check-in")).getText()).contains("the second double days are on");
        Accessibility.check(browser, "plan with logs and check-in");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 1000));
        browser.get(plan);
        Browser.screenshot(browser, "plan-360");
        assertThat(Browser.sidewaysScroll(browser)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(1L);
        browser.get(url("/"));
        Browser.screenshot(browser, "home-360");
    }

    /**
     * The .ics parsed by a second, independent parser: ical.js from the npm registry (installed by
     * .ci/run into target/npm), run inside the page.
     */
    @Test
    @SuppressWarnings("unchecked")
    void the_calendar_file_parses_in_ical_js_in_the_page_with_every_session() throws Exception {
        Path icalJs = Path.of("target/npm/node_modules/ical.js/dist/ical.es5.min.cjs");
        if (!Files.exists(icalJs)) {
            String reason = "ical.js not installed (npm install --prefix target/npm ical.js@2.2.1)";
            if (Browser.required()) {
                throw new IllegalStateException(reason);
            }
            System.out.println("SKIPPED ical.js check: " + reason);
            Assumptions.abort(reason);
        }
        browser.get(url("/"));
        fillForm("Cal Endar");
        Browser.submit(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
        String plan = browser.getCurrentUrl();
        List<String> sessionDates = browser.findElements(By.cssSelector("article.session time")).stream()
                .map(time -> time.getAttribute("datetime")).toList();
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("(function () {" + Files.readString(icalJs) + "}).call(window);");
        List<String> eventDates = (List<String>) page.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(text => {"
                        + "  const calendar = new ICAL.Component(ICAL.parse(text));"
                        + "  done(calendar.getAllSubcomponents('vevent')"
                        + "    .map(e => e.getFirstPropertyValue('dtstart').toString()));"
                        + "});", plan + "/calendar.ics");
        assertThat(sessionDates).isNotEmpty();
        assertThat(eventDates).hasSize(sessionDates.size() + 1);
        assertThat(eventDates).containsAll(sessionDates).contains("2027-04-18");
    }

    @Test
    void the_form_can_be_filled_and_sent_with_the_keyboard_alone() throws Exception {
        browser.get(url("/"));
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        while (!"runnerName".equals(active().getAttribute("id"))) {
            active().sendKeys(Keys.TAB);
        }
        active().sendKeys("Key Board");
        tabTo("raceDate");
        active().sendKeys("04182027");                        // the date field's own segments
        tabTo("weeklyMileage");
        active().sendKeys("30");
        tabTo("crampMuscles1");
        active().sendKeys(Keys.SPACE);                        // tick "Calf"
        tabTo("crampFrequency");
        active().sendKeys("S");                               // "Sometimes"
        tabTo("liftingExperience");
        active().sendKeys("S");                               // "Some"
        while (!"submit".equals(active().getAttribute("type"))) {
            active().sendKeys(Keys.TAB);
        }
        Browser.leave(browser, () -> active().sendKeys(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).as("errors shown: %s", errorsShown())
                .matches(".*/plans/[A-Za-z0-9_-]{32}");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Key Board");
    }

    private List<String> errorsShown() {
        return browser.findElements(By.cssSelector(".error")).stream()
                .map(error -> error.getAttribute("id") + ": " + error.getText()).toList();
    }

    private void fillForm(String name) {
        browser.findElement(By.id("runnerName")).sendKeys(name);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2027-04-18'",
                browser.findElement(By.id("raceDate")));
        browser.findElement(By.id("weeklyMileage")).sendKeys("35.5");
        browser.findElement(By.cssSelector("input[name=crampMuscles][value=CALF]")).click();
        new Select(browser.findElement(By.id("crampFrequency"))).selectByValue("MOST_RACES");
        new Select(browser.findElement(By.id("liftingExperience"))).selectByValue("SOME");
    }

    /** From the plan page: the session's link, its log page, "done", and back on the plan. */
    private void logDone(String sessionId) throws IOException {
        // a link, but the same click-and-wait-for-the-next-page as a form's button
        Browser.submit(browser, browser.findElement(By.cssSelector("#session-" + sessionId + " a.log-link")));
        assertThat(browser.getCurrentUrl()).endsWith("/sessions/" + sessionId);
        Accessibility.check(browser, "log page of " + sessionId);
        browser.findElement(By.id("log-" + sessionId + "-status-DONE")).click();
        Browser.submit(browser, browser.findElement(By.cssSelector(".log form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).endsWith("#session-" + sessionId);
    }

    private void tabTo(String id) {
        int steps = 0;
        while (!id.equals(active().getAttribute("id")) && steps++ < 60) {
            active().sendKeys(Keys.TAB);
        }
        assertThat(active().getAttribute("id")).isEqualTo(id);
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

}
