package dev.crampproof.runner;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The cramp log over time as a picture: a line from the block's start to race day with a mark
 * at each logged cramp, positioned in an SVG 0-{@value #WIDTH} wide. Each mark keeps its date for
 * a text label.
 */
public record CrampTimeline(LocalDate from, LocalDate to, List<Mark> marks) {

    public static final int WIDTH = 600;
    static final int MARGIN = 10;

    public record Mark(LocalDate date, int x) {
    }

    public static CrampTimeline of(PlanView view) {
        LocalDate to = view.plan().runner().raceDate();
        LocalDate from = view.plan().block().hasBlock() ? view.plan().block().start() : view.plan().createdOn();
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        List<Mark> marks = view.crampLog().stream()
                .map(report -> new Mark(report.date(), MARGIN + (int) Math.round(
                        (WIDTH - 2.0 * MARGIN) * Math.min(span, Math.max(0, ChronoUnit.DAYS.between(from, report.date())))
                                / span)))
                .toList();
        return new CrampTimeline(from, to, marks);
    }
}
