package dev.crampproof.browser;

import dev.crampproof.tracking.MovableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * The app on a random port with a movable "today" (2026-11-21 at the start of each test), and a
 * desktop-sized Chromium that is closed after each test.
 */
@ExtendWith(Browser.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MovableClock.class)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock.Today today;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        today.moveTo(LocalDate.of(2026, 11, 21));
        browser = Browser.open(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Makes a plan through the JSON API and returns the path of its page. */
    String newPlan(String json) {
        return RestClient.create().post().uri(url("/api/plans")).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toEntity(String.class).getHeaders().getLocation().getPath().replace("/api", "");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
