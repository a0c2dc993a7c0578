package dev.crampproof.runner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** A comment read from its row by {@link PlanRows}, for showing only: JPA does not manage it. */
    static StoredComment read(ResultSet row) throws SQLException {
        StoredComment comment = new StoredComment();
        comment.weekNumber = row.getObject("week_number", Integer.class);
        comment.sessionKey = row.getString("session_key");
        comment.author = PlanRows.named(Author.class, row, "author");
        comment.body = row.getString("body");
        comment.writtenAt = PlanRows.instant(row, "written_at");
        return comment;
    }

    Comment toComment() {
        return new Comment(weekNumber, sessionKey, author, body, writtenAt);
    }
}
