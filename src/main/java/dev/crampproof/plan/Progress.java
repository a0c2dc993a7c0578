package dev.crampproof.plan;

import java.util.List;
import java.util.Map;

/**
 * Planned against done, per block week and overall. Second double days count as planned only
 * once they are on (S3): a runner who has not been cleared for them is not behind.
 */
public record Progress(List<Week> weeks, int done, int planned) {

    public record Week(int number, int done, int planned) {
    }

    public Progress {
        weeks = List.copyOf(weeks);
    }

    public static Progress of(CrampPlan plan, Map<String, SessionLog> logs) {
        List<Week> weeks = plan.weeks().stream().map(week -> {
            List<StrengthSession> counted = week.sessions().stream().filter(s -> !s.conditional()).toList();
            int done = (int) counted.stream()
                    .filter(s -> logs.getOrDefault(s.id(), SessionLog.PLANNED).isDone()).count();
            return new Week(week.number(), done, counted.size());
        }).toList();
        return new Progress(weeks, weeks.stream().mapToInt(Week::done).sum(),
                weeks.stream().mapToInt(Week::planned).sum());
    }

    /** Whole percent of planned sessions done; 0 for a plan without sessions. */
    public int percent() {
        return percent(done, planned);
    }

    /** Whole percent of these planned sessions done; 0 with none planned. */
    public static int percent(int done, int planned) {
        return planned == 0 ? 0 : Math.round(100f * done / planned);
    }
}
