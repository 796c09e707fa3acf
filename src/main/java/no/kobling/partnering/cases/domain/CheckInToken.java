package no.kobling.partnering.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of a check-in (the first e-mail's or a reminder's): only the SHA-256 of the random token is stored. */
@Entity
@Table(name = "cases_checkin_token")
public class CheckInToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "checkin_id", nullable = false)
    private long checkInId;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CheckInToken() {
    }

    public CheckInToken(long checkInId, String tokenHash, Instant createdAt) {
        this.checkInId = checkInId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getCheckInId() {
        return checkInId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
