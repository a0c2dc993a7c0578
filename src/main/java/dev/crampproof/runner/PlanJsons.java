package dev.crampproof.runner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crampproof.plan.Prescription;
import dev.crampproof.system.Wording;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Puts stored plans into the API's JSON ({@link PlanJson}). A session's exercises are the same
 * list for every runner of the same level, equipment and cramps in that week, and they are most
 * of a plan's JSON: each list is written to JSON once per language, kept with its UTF-8 bytes,
 * and those bytes are copied into the answer as they are (docs/performance.md, "Plan page and
 * JSON"; kept as text only, Jackson encoded a list's "×" and "–" again on every answer, in a slow
 * loop for raw text: 6 % of the JSON's CPU time, "Ninth round").
 */
@Component
public class PlanJsons {

    /**
     * Room for the kept lists, in bytes of UTF-8: a few thousand lists of about a thousand. Each is
     * kept as text too (two bytes a character where a list has a "–"): some 9 MB at most.
     */
    static final long KEPT_BYTES = 3_000_000;

    private final Wording wording;
    private final JsonMapper json;
    private final Cache<ExerciseList, RawValue> exerciseLists = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((ExerciseList list, RawValue written) -> utf8(written).length)
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

    private RawValue exercises(List<Prescription> exercises) {
        return exerciseLists.get(new ExerciseList(LocaleContextHolder.getLocale(), exercises), list -> {
            SerializedString written = new SerializedString(json.writeValueAsString(
                    list.exercises().stream().map(p -> PlanJson.exercise(p, wording)).toList()));
            written.asUnquotedUTF8(); // encoded now, once, rather than by the first answers at once
            return new RawValue(written);
        });
    }

    /** A kept list's UTF-8 bytes (the same array every time; not to be changed). */
    static byte[] utf8(RawValue list) {
        return ((SerializableString) list.rawValue()).asUnquotedUTF8();
    }
}
