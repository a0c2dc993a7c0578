package dev.crampproof.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The print views on paper: Chromium prints the plan and the race-day card to PDF (A4), PDFBox
 * reads the text back page by page. A print-media screenshot of each goes to target/screenshots.
 */
class PrintViewTest extends BrowserTest {

    private String newPlan() {
        return newPlan("""
                {"runnerName": "Paper Runner", "raceName": "Valencia Marathon", "raceDate": "2027-04-18",
                 "weeklyMileage": 35, "mileageUnit": "MILES", "longRunDay": "SUNDAY",
                 "crampFrequency": "SOMETIMES", "crampMuscles": ["CALF"], "liftingExperience": "SOME"}""");
    }

    /** Prints what the browser shows to an A4 PDF and returns each page's text. */
    private List<String> printedPages(String screenshot) throws IOException {
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Browser.screenshot(browser, screenshot);
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(a4).getContent());
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve(screenshot + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static List<Integer> pagesWith(List<String> pages, String text) {
        List<Integer> found = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains(text)) {
                found.add(page + 1);
            }
        }
        return found;
    }

    @Test
    void the_plan_prints_with_the_whole_block_grid_on_one_page_and_without_buttons_or_navigation()
            throws Exception {
        browser.get(url(newPlan()));
        List<String> pages = printedPages("plan-print");
        String all = String.join("\n", pages);

        assertThat(all).contains("Paper Runner", "Your block at a glance", "Race-day card", "When a cramp strikes");
        assertThat(all).as("buttons and forms stay on screen")
                .doesNotContain("Print this plan", "Print the race-day card", "Show in kilometres", "Your coach");
        // The grid's first week (Mon 21 Dec 2026) and the week of race day (Mon 12 Apr 2027) on the same sheet.
        List<Integer> firstWeek = pagesWith(pages, "21 Dec 2026");
        List<Integer> raceWeek = pagesWith(pages, "12 Apr 2027");
        assertThat(firstWeek).isNotEmpty();
        assertThat(raceWeek).as("the grid is not split across pages").contains(firstWeek.get(0));
    }

    @Test
    void the_race_day_card_prints_alone_on_one_page() throws Exception {
        browser.get(url(newPlan()));
        // What the "Print the race-day card" button does before it opens the print dialog.
        ((JavascriptExecutor) browser).executeScript("document.documentElement.classList.add('print-card')");
        List<String> pages = printedPages("race-card-print");

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("Race-day card", "When a cramp strikes", "After the finish")
                .doesNotContain("Paper Runner", "Your block at a glance", "Print the race-day card");
    }
}
