package dev.crampproof.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** A runner's whole plan: who it is for, its block, its weeks of sessions and its guidance. */
public record CrampPlan(
        RunnerProfile runner,
        LocalDate createdOn,
        StrengthBlock block,
        List<BlockWeek> weeks,
        Guidance guidance) {

    public CrampPlan {
        weeks = List.copyOf(weeks);
    }

    public Stream<StrengthSession> sessions() {
        return weeks.stream().flatMap(week -> week.sessions().stream());
    }
}
