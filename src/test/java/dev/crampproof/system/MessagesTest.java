package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.plan.Anchor;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampPlanner;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.Exercise;
import dev.crampproof.plan.FormCue;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.Load;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.MuscleGroup;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.plan.RunnerProfile;
import dev.crampproof.plan.SessionKind;
import dev.crampproof.plan.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** All user-facing text lives in messages.properties: every code the app asks for is there. */
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
    void every_exercise_load_and_form_cue_has_its_words() {
        Stream.of(Exercise.values()).forEach(e -> assertThat(messages).containsKey(e.messageCode()));
        Stream.of(Load.values()).forEach(l -> assertThat(messages).containsKey(l.messageCode()));
        Stream.of(FormCue.values()).forEach(c -> assertThat(messages).containsKey(c.messageCode()));
        for (Anchor anchor : Anchor.values()) {
            for (SessionKind kind : SessionKind.values()) {
                assertThat(messages).containsKey("plan.session.anchor." + anchor + "." + kind);
            }
        }
    }

    @Test
    void every_warning_and_advice_the_rules_can_give_has_its_words() {
        List<Text> texts = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 11, 21);
        for (LocalDate race : List.of(today.plusWeeks(2), today.plusWeeks(10), today.plusWeeks(20))) {
            for (boolean flags : List.of(true, false)) {
                RunnerProfile runner = new RunnerProfile("Ana", null, race, RaceDistance.HALF_MARATHON,
                        BigDecimal.ONE, MileageUnit.KILOMETERS, DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY,
                        Set.of(CrampMuscle.CALF), CrampFrequency.SOMETIMES, null, flags, flags,
                        LiftingExperience.SOME, Equipment.GYM,
                        flags ? Set.of(RaceCondition.HOT, RaceCondition.HILLY) : Set.of(), 16);
                var guidance = CrampPlanner.plan(runner, today).guidance();
                texts.addAll(guidance.warnings());
                texts.addAll(guidance.raceDayCard());
                guidance.advice().forEach(advice -> texts.add(advice.text()));
            }
        }
        assertThat(texts).extracting(Text::code).contains("warning.no-block", "warning.compressed",
                "advice.a1", "advice.a3.fluids-changed", "advice.a3", "advice.a4.heat", "advice.a5");
        texts.forEach(text -> assertThat(messages).containsKey(text.code()));
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
