package dev.crampproof.runner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crampproof.plan.Prescription;
import dev.crampproof.system.Wording;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts stored plans into the API's JSON ({@link PlanJson}). A session's exercises are the same
 * list for every runner of the same level, equipment and cramps in that week, and they are most
 * of a plan's JSON: each list is written to JSON once per language, kept, and copied into the
 * answer as it is (docs/performance.md, "Plan page and JSON").
 */
@Component
public class PlanJsons {

    /** Room for the kept lists, in characters: a few thousand lists of about a thousand. */
    static final long KEPT_CHARACTERS = 3_000_000;

    private final Wording wording;
    private final JsonMapper json;
    private final Cache<ExerciseList, String> exerciseLists = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARACTERS)
            .weigher((ExerciseList list, String written) -> written.length())
            .build();

    PlanJsons(Wording wording, JsonMapper json) {
        this.wording = wording;
        this.json = json;
    }

    /** A session's exercises in one language: the names and loads are words. */
    private record ExerciseList(Locale locale, List<Prescription> exercises) {
    }

    public PlanJson of(PlanView view) {
        return PlanJson.of(view, wording, this::exercises);
    }

    private String exercises(List<Prescription> exercises) {
        return exerciseLists.get(new ExerciseList(LocaleContextHolder.getLocale(), exercises), list -> json
                .writeValueAsString(list.exercises().stream().map(p -> PlanJson.exercise(p, wording)).toList()));
    }
}
