package dev.crampproof.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the runner logged for one long run: distance and cramp in the plan's unit. */
public record LongRunLog(LocalDate date, LogStatus status, BigDecimal distance, boolean cramped,
        BigDecimal crampAt) {
}
