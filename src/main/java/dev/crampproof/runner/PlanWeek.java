package dev.crampproof.runner;

import java.util.List;

/**
 * A block week as the plan page shows it, its heading in words and what it holds: the coach's
 * comments on the week, the week's long run and its sessions. Put together once in Java
 * (SessionCards.weeks) rather than looked up and formatted by the template 13 times a page.
 *
 * @param title "Week 3"
 * @param from "from Sun 10 Jan 2027"
 * @param longRun the week's long run, or null for a week without one
 */
public record PlanWeek(int number, String title, String from, List<StoredComment.Comment> comments,
        PlanView.LongRunDay longRun, List<PlanCard> cards) {

    /** The section's id ("week-3"), a place on the page a link can point to. */
    public String anchor() {
        return "week-" + number;
    }

    /** The heading's id, which labels the section. */
    public String titleId() {
        return anchor() + "-title";
    }
}
