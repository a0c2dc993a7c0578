package dev.crampproof.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crampproof.plan.Exercise;
import dev.crampproof.plan.Load;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exercises column's text, written and read back; texts read before are not parsed again. */
class StoredExercisesTest {

    private final StoredExercises.Column column = new StoredExercises.Column();

    @Test
    void the_text_reads_back_as_the_same_exercises_with_the_coachs_mark() {
        String text = "TRAP_BAR_DEADLIFT 3 5 5 HEAVY_GYM;GLUTE_BRIDGE 3 4 5 HEAVY_GYM coach";

        StoredExercises read = column.convertToEntityAttribute(text);

        assertThat(read.prescriptions()).containsExactly(
                new Prescription(Exercise.TRAP_BAR_DEADLIFT, 3, new Range(5, 5), Load.HEAVY_GYM),
                new Prescription(Exercise.GLUTE_BRIDGE, 3, new Range(4, 5), Load.HEAVY_GYM));
        assertThat(read.adjustedPositions()).containsExactly(1);
        assertThat(column.convertToDatabaseColumn(read)).isEqualTo(text);
    }

    @Test
    void a_text_read_before_gives_the_same_value_and_a_bad_one_fails_every_time() {
        String text = "GLUTE_BRIDGE 2 12 15 STRONG_AND_SLOW";
        StoredExercises first = column.convertToEntityAttribute(text);

        assertThat(column.convertToEntityAttribute(new String(text.toCharArray()))).isSameAs(first);
        for (int time = 0; time < 2; time++) {
            assertThatThrownBy(() -> column.convertToEntityAttribute("GLUTE_BRIDGE 2 12"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a stored exercise");
        }
        assertThat(column.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void the_prescriptions_are_made_once_in_a_list_a_session_keeps_as_it_is() {
        StoredExercises read = column.convertToEntityAttribute("GOBLET_SQUAT 3 5 5 HEAVY_DUMBBELLS");

        assertThat(List.copyOf(read.prescriptions())).isSameAs(read.prescriptions());
        assertThatThrownBy(() -> new StoredExercises(read.list(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredExercises(read.list(),
                List.of(new Prescription(Exercise.GOBLET_SQUAT, 2, new Range(5, 5), Load.HEAVY_DUMBBELLS))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
