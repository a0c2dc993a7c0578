package dev.crampproof.plan;

import java.time.LocalDate;
import java.util.List;

/** A block week (D4) and its sessions in date order, heavy before light on each date. */
public record BlockWeek(int number, LocalDate startDate, List<StrengthSession> sessions) {

    public BlockWeek {
        sessions = List.copyOf(sessions);
    }
}
