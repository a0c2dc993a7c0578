package dev.crampproof.runner;

import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.CrampTiming;
import dev.crampproof.plan.LongRunLog;
import dev.crampproof.plan.Progress;
import dev.crampproof.plan.SessionLog;
import dev.crampproof.plan.WeekThreeCheckIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A stored plan as its pages and API show it: the plan, what the runner logged, progress, the
 * check-in and the cramp timeline. Read-only; built inside one transaction.
 */
public record PlanView(
        String token,
        CrampPlan plan,
        Map<String, SessionLog> logs,
        List<LongRunDay> longRunDays,
        Boolean secondDayOn,
        Progress progress,
        CheckIn checkIn,
        List<CrampReport> crampLog,
        String coachName,
        List<StoredComment.Comment> comments,
        Set<String> adjusted) {

    /** A long-run day of the block and its log, if the runner logged it. */
    public record LongRunDay(int week, LocalDate date, LongRunLog log) {
    }

    /** S3's check-in as the page asks it. */
    public record CheckIn(LocalDate opensOn, boolean open, boolean suggestsYes, Boolean answer) {
    }

    /** One cramp the runner logged, on a strength session or a long run. */
    public record CrampReport(LocalDate date, String sessionId, CrampMuscle muscle, CrampTiming timing,
            BigDecimal atDistance) {
    }

    /** @param coachName the runner's coach, or null */
    public static PlanView of(StoredPlan stored, LocalDate today, String coachName) {
        CrampPlan plan = stored.toPlan();
        Map<String, SessionLog> logs = stored.logs();
        Map<LocalDate, LongRunLog> runLogs = stored.longRunLogs().stream()
                .collect(Collectors.toMap(LongRunLog::date, Function.identity()));
        List<LongRunDay> longRunDays = new ArrayList<>();
        for (int week = 1; week <= plan.block().weeks(); week++) {
            LocalDate date = plan.block().longRunOfWeek(week);
            longRunDays.add(new LongRunDay(week, date, runLogs.get(date)));
        }
        CheckIn checkIn = new CheckIn(WeekThreeCheckIn.opensOn(plan.block()),
                WeekThreeCheckIn.isOpen(plan.block(), today), WeekThreeCheckIn.suggestsYes(plan, logs),
                stored.secondDayOn());
        return new PlanView(stored.token(), plan, logs, longRunDays, stored.secondDayOn(),
                Progress.of(plan, logs), checkIn, crampLog(plan, logs, runLogs.values()), coachName,
                stored.comments(), stored.adjustedExercises());
    }

    private static List<CrampReport> crampLog(CrampPlan plan, Map<String, SessionLog> logs,
            Iterable<LongRunLog> runs) {
        List<CrampReport> reports = new ArrayList<>();
        plan.sessions().forEach(session -> {
            SessionLog log = logs.get(session.id());
            if (log != null && log.cramped()) {
                reports.add(new CrampReport(session.date(), session.id(), log.crampMuscle(), log.crampTiming(), null));
            }
        });
        runs.forEach(run -> {
            if (run.cramped()) {
                reports.add(new CrampReport(run.date(), null, null, CrampTiming.DURING, run.crampAt()));
            }
        });
        reports.sort(Comparator.comparing(CrampReport::date));
        return reports;
    }

    /** The long-run day ending block week n, or null when the plan has no such week. */
    public LongRunDay longRunOfWeek(int week) {
        // of() lists the days in week order, so week n's is the n-th: looked up there first
        if (week >= 1 && week <= longRunDays.size() && longRunDays.get(week - 1).week() == week) {
            return longRunDays.get(week - 1);
        }
        return longRunDays.stream().filter(day -> day.week() == week).findFirst().orElse(null);
    }

    // The plan page asks the next two for each of its some 280 exercises and 60 sessions and weeks,
    // and most plans have no change and no comment: building the key or a stream for each
    // anyway was 7 % of all the memory the page allocated (docs/performance.md, "Thirteenth round").

    /** Whether the coach changed the exercise at this position of this session. */
    public boolean isAdjusted(String sessionId, int position) {
        return !adjusted.isEmpty() && adjusted.contains(sessionId + "#" + position);
    }

    public List<StoredComment.Comment> commentsOn(Integer week, String sessionId) {
        if (comments.isEmpty()) {
            return List.of();
        }
        return comments.stream().filter(c -> Objects.equals(c.week(), week)
                && Objects.equals(c.sessionId(), sessionId)).toList();
    }

    public SessionLog log(String sessionId) {
        return logs.getOrDefault(sessionId, SessionLog.PLANNED);
    }
}
