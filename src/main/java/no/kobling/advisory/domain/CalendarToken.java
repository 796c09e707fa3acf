package no.kobling.advisory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The private calendar-feed address of one advisor: only a SHA-256 hash of the secret is stored, so the database
 * never holds a working address; regenerating replaces the hash, revoking deletes the row.
 */
@Entity(name = "AdvisoryCalendarToken")
@Table(name = "advisory_calendar_token")
public class CalendarToken {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CalendarToken() {
    }

    public CalendarToken(long userId, String tokenHash, Instant now) {
        this.userId = userId;
        replace(tokenHash, now);
    }

    public void replace(String hash, Instant now) {
        this.tokenHash = hash;
        this.createdAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
