package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.plan.Anchor;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.MuscleGroup;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.plan.SessionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * All user-facing text lives in messages.properties: every label and every key a template asks
 * for is there. The rules' own codes are checked by plan.MessageCodesTest.
 */
class MessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9.\\-]+)[}(]");
    private static Properties messages;

    @BeforeAll
    static void load() throws IOException {
        messages = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void every_choice_on_the_form_and_plan_has_a_label() {
        List<Class<? extends Enum<?>>> labelled = List.of(RaceDistance.class, MileageUnit.class, CrampMuscle.class,
                CrampFrequency.class, LiftingExperience.class, Equipment.class, RaceCondition.class, DayOfWeek.class,
                SessionKind.class, MuscleGroup.class);
        for (Class<? extends Enum<?>> type : labelled) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(messages).containsKey("enum." + type.getSimpleName() + "." + value.name());
            }
        }
    }

    @Test
    void every_session_heading_has_its_words() {
        for (Anchor anchor : Anchor.values()) {
            for (SessionKind kind : SessionKind.values()) {
                assertThat(messages).containsKey("plan.session.anchor." + anchor + "." + kind);
            }
        }
    }

    @Test
    void every_message_key_a_template_names_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    checked++;
                    if (!messages.containsKey(keys.group(1))) {
                        missing.add(template.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(checked).as("keys found in templates").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }
}
