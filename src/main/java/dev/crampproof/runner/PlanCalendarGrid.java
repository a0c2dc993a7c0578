package dev.crampproof.runner;

import dev.crampproof.plan.Anchor;
import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.StrengthSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan as a picture: calendar weeks (Monday to Sunday) from the block's start to race day,
 * each day with what happens on it: long run, heavy and light sessions (the second double day
 * marked while it is conditional), taper days, race day, today. Every mark has a text label, so
 * colour is never the only cue.
 */
public record PlanCalendarGrid(List<Week> weeks) {

    /** What a day can hold, in the order it is shown. */
    public enum Mark {
        LONG_RUN, SPEED_RUN, HEAVY, LIGHT, CONDITIONAL, TAPER, RACE, TODAY;

        /** The CSS class that colours a day with this mark. */
        public String cssClass() {
            return "mark-" + name().toLowerCase(Locale.ROOT);
        }
    }

    public record Day(LocalDate date, List<Mark> marks) {

        public boolean has(Mark mark) {
            return marks.contains(mark);
        }

        /** The day's CSS classes, one per mark (built here: the grid has some 100 days). */
        public String cssClasses() {
            return marks.stream().map(Mark::cssClass).collect(Collectors.joining(" "));
        }
    }

    public record Week(LocalDate monday, List<Day> days) {
    }

    /**
     * What is around the weeks, the same on every plan page: the legend of marks and the weekdays
     * of the table's head (fragments/calendar.html :: grid, kept by system.SharedFragments).
     */
    public record Frame() {

        public List<Mark> marks() {
            return List.of(Mark.values());
        }

        public List<DayOfWeek> weekdays() {
            return List.of(DayOfWeek.values()); // Monday first, as the weeks
        }
    }

    public static PlanCalendarGrid of(CrampPlan plan, LocalDate today) {
        if (!plan.block().hasBlock()) {
            return new PlanCalendarGrid(List.of());
        }
        LocalDate race = plan.runner().raceDate();
        LocalDate first = plan.block().start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, List<StrengthSession>> byDate = plan.sessions()
                .collect(Collectors.groupingBy(StrengthSession::date));
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(race); monday = monday.plusWeeks(1)) {
            List<Day> days = new ArrayList<>();
            for (int offset = 0; offset < 7; offset++) {
                LocalDate date = monday.plusDays(offset);
                days.add(new Day(date, marks(plan, byDate.getOrDefault(date, List.of()), date, today)));
            }
            weeks.add(new Week(monday, days));
        }
        return new PlanCalendarGrid(weeks);
    }

    private static List<Mark> marks(CrampPlan plan, List<StrengthSession> sessions, LocalDate date,
            LocalDate today) {
        // a loop, not two streams: some 100 days a page, and a stream's objects for each were
        // 3 % of all the memory the plan page allocated (docs/performance.md, "Thirteenth round")
        boolean speed = false;
        boolean conditional = false;
        for (StrengthSession session : sessions) {
            speed |= session.anchor() == Anchor.SPEED;
            conditional |= session.conditional();
        }
        List<Mark> marks = new ArrayList<>();
        if (plan.block().isLongRunDay(date)) {
            marks.add(Mark.LONG_RUN);
        }
        if (speed) {
            marks.add(Mark.SPEED_RUN);
        }
        if (!sessions.isEmpty()) {
            marks.add(Mark.HEAVY);
            marks.add(Mark.LIGHT);
        }
        if (conditional) {
            marks.add(Mark.CONDITIONAL);
        }
        if (date.isAfter(plan.block().end()) && date.isBefore(plan.runner().raceDate())) {
            marks.add(Mark.TAPER);
        }
        if (date.equals(plan.runner().raceDate())) {
            marks.add(Mark.RACE);
        }
        if (date.equals(today)) {
            marks.add(Mark.TODAY);
        }
        return marks;
    }
}
