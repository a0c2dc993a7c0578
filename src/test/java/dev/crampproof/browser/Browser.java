package dev.crampproof.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the browser tests: Debian's Chromium driven by Debian's chromedriver, both
 * named explicitly so Selenium never tries to download one. Without them the tests are skipped
 * with the reason printed, unless CRAMPPROOF_BROWSER=required (set by .ci/run) makes them
 * mandatory.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CRAMPPROOF_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CRAMPPROOF_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static boolean required() {
        return "required".equals(System.getenv("CRAMPPROOF_BROWSER"))
                || "required".equals(System.getProperty("crampproof.browser"));
    }

    /** A headless Chromium with a window of this size and a profile of its own. */
    static WebDriver open(int width, int height) throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // The browser's console, so tests can see Content-Security-Policy violations.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /** Clicks a submit button (or a link) and waits until the next page has fully loaded. */
    static void submit(WebDriver browser, WebElement button) {
        leave(browser, button::click);
    }

    /**
     * Does what leaves this page (a click, a key) and waits until the next document is complete.
     * The old document is marked, and the wait asks the current one for the mark: watching the old
     * {@code <html>} go stale is not enough, because while one document replaces the other
     * chromedriver sometimes answers "Node with given id does not belong to the document" (an
     * unknown error, not a stale element), which failed a CI run.
     */
    static void leave(WebDriver browser, Runnable action) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.crampProofLeft = true");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                // mid-navigation answers (old nodes, a destroyed script context): ask again
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(page.executeScript(
                        "return window.crampProofLeft === undefined && document.readyState === 'complete'")));
    }

    /** How many pixels the page is wider than the window: more than 1 means sideways scrolling. */
    static long sidewaysScroll(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** Console messages since the last call that report a Content-Security-Policy violation. */
    static List<String> policyViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png. */
    static void screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Skips (or, when required, fails) browser tests on a machine without Chromium. */
    public static class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
            }
            String reason = "no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if (required()) {
                throw new IllegalStateException(reason + "; CRAMPPROOF_BROWSER=required makes browser tests mandatory");
            }
            System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
