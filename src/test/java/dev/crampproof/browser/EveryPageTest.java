package dev.crampproof.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Every page a signed-out visitor can reach, at 360 and 1280 px: a screenshot each, axe, and no
 * Content-Security-Policy violation in the console (the page works under the policy).
 */
class EveryPageTest extends BrowserTest {

    @Test
    void every_page_at_phone_and_desktop_width_has_a_screenshot_and_no_serious_accessibility_problem()
            throws Exception {
        String plan = newPlan("""
                        {"runnerName": "Every Page", "raceDate": "2027-04-18", "weeklyMileage": 30,
                         "mileageUnit": "MILES", "crampFrequency": "SOMETIMES", "crampMuscles": ["CALF"],
                         "liftingExperience": "SOME"}""");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("plan", plan);
        browser.get(url(plan));
        pages.put("session-log", path(browser.findElement(By.cssSelector("article.session a.log-link"))));
        pages.put("long-run-log", path(browser.findElement(By.cssSelector(".long-run a.log-link"))));
        pages.put("edit", plan + "/edit");
        pages.put("delete", plan + "/delete");
        pages.put("coach-sign-up", "/coach/sign-up");
        pages.put("coach-sign-in", "/coach/sign-in");
        pages.put("not-found", "/plans/no-such-plan");
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.get(url(page.getValue()));
                Browser.screenshot(browser, page.getKey() + "-" + width);
                Accessibility.check(browser, page.getKey() + " at " + width + " px");
                assertThat(Browser.policyViolations(browser)).as("CSP violations on %s", page.getKey()).isEmpty();
            }
        }
    }

    private static String path(WebElement link) {
        return URI.create(link.getAttribute("href")).getPath();
    }
}
