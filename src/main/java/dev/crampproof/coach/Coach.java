package dev.crampproof.coach;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A coach's account. The email is stored lower-cased, so it is unique whatever its case. */
@Entity
@Table(name = "coach")
public class Coach {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private String name;
    private String email;
    private String passwordHash;
    private String inviteCode;
    private Instant createdAt;

    protected Coach() {
        // for JPA
    }

    Coach(String name, String email, String passwordHash, String inviteCode, Instant createdAt) {
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.inviteCode = inviteCode;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String inviteCode() {
        return inviteCode;
    }

    void newInviteCode(String code) {
        this.inviteCode = code;
    }
}
