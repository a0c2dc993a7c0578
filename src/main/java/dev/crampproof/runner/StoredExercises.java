package dev.crampproof.runner;

import dev.crampproof.plan.Exercise;
import dev.crampproof.plan.Load;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.Range;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A session's exercises in order, stored in the session's own row as one line of text
 * ({@link Column}, V8__exercises_in_session_row.sql) instead of a row each: a 13-week plan is
 * then 47 rows instead of 320-odd, for the form that stores it and the pages that load it.
 *
 * <p>Immutable: a coach's change makes a new value, which the session takes in place of the old
 * one, so Hibernate's dirty check (equals against the value it loaded) sees it and writes the
 * column. Nothing reads single exercises in SQL; what a query needs of a session stays a column.
 */
record StoredExercises(List<StoredExercise> list, List<Prescription> prescriptions) {

    /**
     * The prescriptions are made once per value, and in a list that {@code List.copyOf} (in
     * StrengthSession) keeps as it is: one value serves every session with its text (Column).
     */
    StoredExercises(List<StoredExercise> list) {
        this(List.copyOf(list), list.stream().map(StoredExercise::prescription).collect(Collectors.toUnmodifiableList()));
    }

    StoredExercises {
        list = List.copyOf(list);
        prescriptions = List.copyOf(prescriptions);
        boolean same = prescriptions.size() == list.size();
        for (int position = 0; same && position < list.size(); position++) {
            same = list.get(position).prescription().equals(prescriptions.get(position));
        }
        if (!same) {
            throw new IllegalArgumentException("the prescriptions are not the exercises'");
        }
    }

    static StoredExercises asWritten(List<Prescription> prescriptions) {
        return new StoredExercises(prescriptions.stream().map(StoredExercise::asWritten).toList());
    }

    int size() {
        return list.size();
    }

    /** These exercises with the one at this position as the coach changed it. */
    StoredExercises adjusted(int position, Prescription prescription) {
        List<StoredExercise> changed = new ArrayList<>(list);
        changed.set(position, list.get(position).adjustedTo(prescription));
        return new StoredExercises(changed);
    }

    /** Positions of the exercises a coach changed. */
    List<Integer> adjustedPositions() {
        List<Integer> positions = new ArrayList<>();
        for (int position = 0; position < list.size(); position++) {
            if (list.get(position).adjustedByCoach()) {
                positions.add(position);
            }
        }
        return positions;
    }

    /**
     * The column's text: the exercises in order, separated by {@code ;}, each as five or six words
     * separated by single spaces — exercise, sets, fewest reps, most reps, load, and {@code coach}
     * if a coach changed it — e.g. {@code TRAP_BAR_DEADLIFT 3 5 5 HEAVY_GYM;GLUTE_BRIDGE 3 4 5
     * HEAVY_GYM coach}. Enum constants by name, numbers in decimal; V8 writes the same text from
     * the old rows with SQL. Anything else in the column fails loudly rather than showing a
     * different plan.
     */
    @Converter
    static final class Column implements AttributeConverter<StoredExercises, String> {

        private static final String ADJUSTED = "coach";

        /**
         * Values already read, by their text. Plans made from similar answers share most of their
         * sessions' texts, and every plan page and JSON reads some 46 of them: parsing them anew
         * (splitting, enum and number lookups) was 5 % of the plan JSON's CPU time
         * (docs/performance.md, "Plan page and JSON, fifth round"). A value is immutable, so one
         * instance can serve every session with that text. Bounded: a few thousand distinct texts,
         * each a few hundred bytes.
         */
        private static final Cache<String, StoredExercises> READ = Caffeine.newBuilder().maximumSize(4_096).build();

        @Override
        public String convertToDatabaseColumn(StoredExercises exercises) {
            if (exercises == null) {
                return null;
            }
            StringBuilder text = new StringBuilder(exercises.size() * 40);
            for (StoredExercise stored : exercises.list()) {
                Prescription prescription = stored.prescription();
                if (!text.isEmpty()) {
                    text.append(';');
                }
                text.append(prescription.exercise().name()).append(' ').append(prescription.sets()).append(' ')
                        .append(prescription.reps().min()).append(' ').append(prescription.reps().max()).append(' ')
                        .append(prescription.load().name());
                if (stored.adjustedByCoach()) {
                    text.append(' ').append(ADJUSTED);
                }
            }
            return text.toString();
        }

        @Override
        public StoredExercises convertToEntityAttribute(String text) {
            return text == null ? null : READ.get(text, Column::parse);
        }

        private static StoredExercises parse(String text) {
            List<StoredExercise> exercises = new ArrayList<>(8);
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf(';', start);
                if (end < 0) {
                    end = text.length();
                }
                exercises.add(exercise(text, start, end));
                start = end + 1;
            }
            return new StoredExercises(exercises);
        }

        private static StoredExercise exercise(String text, int start, int end) {
            String[] words = text.substring(start, end).split(" ", -1);
            if (words.length != 5 && !(words.length == 6 && words[5].equals(ADJUSTED))) {
                throw new IllegalStateException("not a stored exercise: '" + text.substring(start, end) + "'");
            }
            Prescription prescription = new Prescription(Exercise.valueOf(words[0]), Integer.parseInt(words[1]),
                    new Range(Integer.parseInt(words[2]), Integer.parseInt(words[3])), Load.valueOf(words[4]));
            return new StoredExercise(prescription, words.length == 6);
        }
    }
}
