package dev.crampproof.runner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on a plan, on one of its weeks or on one session, by the coach or by the runner
 * replying. Comments belong to the plan and go when it goes.
 */
@Entity
@Table(name = "comment")
public class StoredComment extends PlanPart {

    /** Who wrote a comment. */
    public enum Author {
        COACH,
        RUNNER
    }

    /** A comment as pages show it. */
    public record Comment(Integer week, String sessionId, Author author, String body, Instant writtenAt) {
    }

    private Integer weekNumber;
    private String sessionKey;
    @Enumerated(EnumType.STRING)
    private Author author;
    private String body;
    private Instant writtenAt;

    protected StoredComment() {
        // for JPA
    }

    StoredComment(StoredPlan plan, Comment comment) {
        super(plan);
        this.weekNumber = comment.week();
        this.sessionKey = comment.sessionId();
        this.author = comment.author();
        this.body = comment.body();
        this.writtenAt = comment.writtenAt();
    }

    Comment toComment() {
        return new Comment(weekNumber, sessionKey, author, body, writtenAt);
    }
}
