package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StrengthBlockTest {

    @Test
    @DisplayName("D4: the long-run days of the block are its start and every 7th day after it, up to its end")
    void d4_longRunDaysOfTheBlock() {
        StrengthBlock block = new StrengthBlock(LocalDate.of(2026, 12, 27), LocalDate.of(2027, 3, 28),
                LocalDate.of(2027, 1, 13), false, 14, 14);
        assertThat(block.isLongRunDay(LocalDate.of(2026, 12, 27))).isTrue();
        assertThat(block.isLongRunDay(LocalDate.of(2027, 1, 10))).isTrue();
        assertThat(block.isLongRunDay(LocalDate.of(2027, 3, 28))).isTrue();
        assertThat(block.isLongRunDay(LocalDate.of(2027, 1, 13))).isFalse();
        assertThat(block.isLongRunDay(LocalDate.of(2026, 12, 20))).isFalse();
        assertThat(block.isLongRunDay(LocalDate.of(2027, 4, 4))).isFalse();
        assertThat(new StrengthBlock(null, null, null, false, 0, 11).isLongRunDay(LocalDate.of(2027, 1, 10)))
                .isFalse();
    }
}
