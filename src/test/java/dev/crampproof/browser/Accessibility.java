package dev.crampproof.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from its webjar, injected into the page) on what the browser shows: no
 * violation of impact serious or critical is allowed; minor and moderate ones are printed.
 */
final class Accessibility {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static String script;

    private Accessibility() {
    }

    @SuppressWarnings("unchecked")
    static void check(WebDriver browser, String page) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe());
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " help: v.help, nodes: v.nodes.length}))));");
        List<Map<String, Object>> blocking = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        violations.stream().filter(v -> !blocking.contains(v))
                .forEach(v -> System.out.println("axe (" + page + ", " + v.get("impact") + "): " + v.get("id") + " — "
                        + v.get("help") + " (" + v.get("nodes") + " nodes)"));
        assertThat(blocking).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    private static synchronized String axe() throws IOException {
        if (script == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return script;
    }
}
