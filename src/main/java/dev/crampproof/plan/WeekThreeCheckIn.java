package dev.crampproof.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * S3's check-in: after the last double day of block week 3 the runner says whether the first
 * weeks went well. It suggests "yes" when at least two of the first three double days were done
 * with no cramp or pain logged; the runner decides.
 */
public final class WeekThreeCheckIn {

    private WeekThreeCheckIn() {
    }

    /** The date of week 3's long run: the check-in opens on it, after its sessions. */
    public static LocalDate opensOn(StrengthBlock block) {
        return block.hasBlock() ? block.longRunOfWeek(Bounds.CHECK_IN_WEEK) : null;
    }

    public static boolean isOpen(StrengthBlock block, LocalDate today) {
        return block.hasBlock() && !today.isBefore(opensOn(block));
    }

    /** @param logs the plan's session logs by session id; missing means not logged */
    public static boolean suggestsYes(CrampPlan plan, Map<String, SessionLog> logs) {
        if (!plan.block().hasBlock()) {
            return false;
        }
        int goodDays = 0;
        for (int week = 1; week <= Bounds.CHECK_IN_WEEK; week++) {
            LocalDate doubleDay = plan.block().longRunOfWeek(week);
            SessionLog heavy = logs.getOrDefault(StrengthSession.idOf(doubleDay, SessionKind.HEAVY), SessionLog.PLANNED);
            SessionLog light = logs.getOrDefault(StrengthSession.idOf(doubleDay, SessionKind.LIGHT), SessionLog.PLANNED);
            if (heavy.isDone() && !heavy.cramped() && !light.cramped()) {
                goodDays++;
            }
        }
        return goodDays >= Bounds.CHECK_IN_GOOD_DAYS;
    }
}
