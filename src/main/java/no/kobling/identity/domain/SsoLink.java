package no.kobling.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A provider's subject ({@code sub}) belongs to this Kobling user: later sign-ins match by it first. */
@Entity
@Table(name = "identity_sso_link")
public class SsoLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private Long providerId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SsoLink() {
    }

    public SsoLink(Long providerId, String subject, Long userId, Instant createdAt) {
        this.providerId = providerId;
        this.subject = subject;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getSubject() {
        return subject;
    }

    public Long getUserId() {
        return userId;
    }
}
