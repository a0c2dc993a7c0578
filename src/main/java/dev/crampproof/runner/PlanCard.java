package dev.crampproof.runner;

import dev.crampproof.plan.SessionLog;
import java.util.List;

/**
 * A session as the plan page shows it: its card, the same for every plan with that session, and
 * what is this plan's own, its log, its comments and the link to its log page, each looked up or
 * joined once here. In the template they took two local variables, a search of the plan's comments
 * and three joins of strings per session, 46 times a page (docs/performance.md, "Eighth round").
 *
 * @param logHref the session's log page, /plans/{token}/sessions/{id}
 * @param logLabel the link's words: "Log this session" before a log, "Change the log" after
 */
public record PlanCard(SessionCard card, SessionLog log, List<StoredComment.Comment> comments, String logHref,
        String logLabel) {

    /** The article's CSS classes: the session's kind, and "conditional" for the second double day's. */
    public String cssClass() {
        return card.conditional() ? card.kind() + " conditional" : card.kind();
    }

    /** The article's id: the session's log page links back to it, and a saved log returns to it. */
    public String anchor() {
        return "session-" + card.id();
    }

    /** Whether there is a log to sum up. */
    public boolean logged() {
        return log.isLogged();
    }
}
