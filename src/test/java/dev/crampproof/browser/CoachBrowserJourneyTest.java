package dev.crampproof.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A coach and a runner in two real browsers: the coach signs up and in, the runner joins with
 * the coach's code, the coach finds them on the roster, comments on a session and adjusts it,
 * and the runner sees both marked as the coach's.
 */
class CoachBrowserJourneyTest extends BrowserTest {

    private static final String SESSION = "2026-12-27-heavy";

    /** The runner's phone; the coach uses the inherited desktop browser. */
    private WebDriver runner;

    @BeforeEach
    void openRunnersBrowser() throws Exception {
        runner = Browser.open(360, 1000);
    }

    @AfterEach
    void closeRunnersBrowser() {
        if (runner != null) {
            runner.quit();
        }
    }

    @Test
    void a_coach_reviews_a_runner_who_joined_with_the_code_and_the_runner_sees_the_coachs_changes() throws Exception {
        WebDriver coach = browser;
        String email = "browser-" + System.nanoTime() + "@example.org";
        coach.get(url("/coach/sign-up"));
        Accessibility.check(coach, "sign-up");
        coach.findElement(By.id("name")).sendKeys("Coach Browser");
        coach.findElement(By.id("email")).sendKeys(email);
        coach.findElement(By.id("password")).sendKeys("a long enough password");
        Browser.submit(coach, coach.findElement(By.cssSelector("form button[type=submit]")));
        Accessibility.check(coach, "sign-in");
        coach.findElement(By.id("email")).sendKeys(email);
        coach.findElement(By.id("password")).sendKeys("a long enough password");
        Browser.submit(coach, coach.findElement(By.cssSelector("form button[type=submit]")));
        String code = coach.findElement(By.cssSelector(".code")).getText();
        assertThat(code).hasSize(8);

        runner.get(url("/"));
        runner.findElement(By.id("runnerName")).sendKeys("Rita Runner");
        ((JavascriptExecutor) runner).executeScript("arguments[0].value = '2027-04-18'",
                runner.findElement(By.id("raceDate")));
        runner.findElement(By.id("weeklyMileage")).sendKeys("30");
        runner.findElement(By.cssSelector("input[name=crampMuscles][value=CALF]")).click();
        new Select(runner.findElement(By.id("crampFrequency"))).selectByValue("SOMETIMES");
        new Select(runner.findElement(By.id("liftingExperience"))).selectByValue("SOME");
        runner.findElement(By.id("coachCode")).sendKeys(code.toLowerCase());
        Browser.submit(runner, runner.findElement(By.cssSelector("form button[type=submit]")));
        String plan = runner.getCurrentUrl();
        assertThat(plan).matches(".*/plans/[A-Za-z0-9_-]{32}");

        coach.get(url("/coach"));
        Accessibility.check(coach, "roster");
        Browser.screenshot(coach, "roster-1280");
        coach.findElement(By.linkText("Rita Runner")).click();
        Accessibility.check(coach, "athlete review");
        Browser.screenshot(coach, "athlete-review-1280");
        WebElement session = coach.findElement(By.id("session-" + SESSION));
        session.findElement(By.tagName("textarea")).sendKeys("Film your first set, please.");
        Browser.submit(coach, session.findElement(By.cssSelector("form:not(.adjust) button[type=submit]")));
        WebElement sets = coach.findElement(By.id("adjust-" + SESSION + "-0-sets"));
        sets.clear();
        sets.sendKeys("6");
        WebElement repsMin = coach.findElement(By.id("adjust-" + SESSION + "-0-min"));
        repsMin.clear();
        repsMin.sendKeys("4");
        WebElement repsMax = coach.findElement(By.id("adjust-" + SESSION + "-0-max"));
        repsMax.clear();
        repsMax.sendKeys("4");
        Browser.submit(coach, coach.findElement(By.cssSelector("#session-" + SESSION + " form.adjust button")));
        assertThat(coach.findElement(By.cssSelector(".audit")).getText()).contains("ADJUST", "COMMENT");

        // A coach on a phone: both pages fit 360 px (wide tables scroll inside their own box).
        String review = coach.getCurrentUrl();
        coach.manage().window().setSize(new Dimension(360, 1000));
        coach.get(url("/coach"));
        Browser.screenshot(coach, "roster-360");
        Accessibility.check(coach, "roster at 360 px");
        assertThat(Browser.sidewaysScroll(coach)).as("roster: no sideways scrolling at 360 px").isLessThanOrEqualTo(1L);
        coach.get(review);
        Browser.screenshot(coach, "athlete-review-360");
        Accessibility.check(coach, "athlete review at 360 px");
        assertThat(Browser.sidewaysScroll(coach)).as("review: no sideways scrolling at 360 px").isLessThanOrEqualTo(1L);

        runner.get(plan);
        WebElement mine = runner.findElement(By.id("session-" + SESSION));
        assertThat(mine.getText()).contains("Coach:", "Film your first set, please.", "changed by your coach", "6 × 4");
        Accessibility.check(runner, "plan with the coach's changes");
        Browser.screenshot(runner, "plan-with-coach-360");
    }

}
