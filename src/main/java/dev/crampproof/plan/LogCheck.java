package dev.crampproof.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for logs: effort 1-10, a short note, a cramp only on something that was done, and
 * nothing marked done before its day. Shared by the plan page and the API.
 */
public final class LogCheck {

    private LogCheck() {
    }

    public static List<FieldProblem> sessionProblems(SessionLog log, LocalDate sessionDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        checkStatus(log.status(), sessionDate, today, problems);
        if (log.rpe() != null && !Bounds.RPE.contains(log.rpe())) {
            problems.add(FieldProblem.of("rpe", "problem.rpe.range", Bounds.RPE.min(), Bounds.RPE.max()));
        }
        if (log.note() != null) {
            int characters = log.note().codePointCount(0, log.note().length());
            if (characters > Bounds.NOTE_LENGTH) {
                problems.add(FieldProblem.of("note", "problem.text.tooLong", Bounds.NOTE_LENGTH));
            } else if (hasControlOrBrokenCharacters(log.note())) {
                problems.add(FieldProblem.of("note", "problem.text.control"));
            }
        }
        if (log.cramped() && log.status() != LogStatus.DONE) {
            problems.add(FieldProblem.of("crampMuscle", "problem.cramp.notDone"));
        }
        if (!log.cramped() && log.crampTiming() != null) {
            problems.add(FieldProblem.of("crampMuscle", "problem.cramp.muscleMissing"));
        }
        return problems;
    }

    public static List<FieldProblem> longRunProblems(LongRunLog log, LocalDate today, MileageUnit unit) {
        List<FieldProblem> problems = new ArrayList<>();
        checkStatus(log.status(), log.date(), today, problems);
        BigDecimal most = Bounds.longestLongRun(unit);
        if (log.distance() != null && (log.distance().signum() <= 0 || log.distance().compareTo(most) > 0)) {
            problems.add(FieldProblem.of("distance", "problem.distance.range", most, unit));
        }
        if (log.cramped() && log.status() != LogStatus.DONE) {
            problems.add(FieldProblem.of("cramped", "problem.cramp.notDone"));
        }
        if (log.crampAt() != null) {
            BigDecimal limit = log.distance() != null ? log.distance() : most;
            if (!log.cramped() || log.crampAt().signum() <= 0 || log.crampAt().compareTo(limit) > 0) {
                problems.add(FieldProblem.of("crampAt", "problem.crampAt.range", limit, unit));
            }
        }
        return problems;
    }

    /**
     * Whether free text (a note, a comment) has a control character other than a line break or
     * tab, or half a character: an unpaired UTF-16 surrogate, which JSON can carry as an escape
     * but no database encoding can store.
     */
    public static boolean hasControlOrBrokenCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || Character.getType(c) == Character.SURROGATE);
    }

    private static void checkStatus(LogStatus status, LocalDate date, LocalDate today, List<FieldProblem> problems) {
        if (status == null) {
            problems.add(FieldProblem.of("status", "problem.required"));
        } else if (status == LogStatus.DONE && date.isAfter(today)) {
            problems.add(FieldProblem.of("status", "problem.log.doneInFuture", date));
        }
    }
}
