package no.kobling.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A "forgot password" link: only the SHA-256 of its token is stored. It works once, until it expires, and only while
 * no newer link for the same user exists (a newer one supersedes it).
 */
@Entity
@Table(name = "identity_password_reset")
public class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Version
    private long version;

    protected PasswordReset() {
    }

    public PasswordReset(Long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a reset link must expire after it is made");
        }
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the link still sets a password: not used, not superseded, not expired. */
    public boolean isUsable(Instant now) {
        return usedAt == null && supersededAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link; a second use is refused by {@link #isUsable}. */
    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("password reset link not usable");
        }
        usedAt = now;
    }

    /** A newer link for the same user was sent: this one no longer works. */
    public void supersede(Instant now) {
        if (usedAt == null && supersededAt == null) {
            supersededAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
