package no.kobling.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A handled access request or erasure. The person is kept only as the SHA-256 of their e-mail (so a later request
 * about the same person can be matched, and an erased person leaves no name or address here); {@code outcome} lists
 * the records per module.
 */
@Entity
@Table(name = "privacy_request")
public class PrivacyRequest {

    public enum Kind { EXPORT, ERASURE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    @Column(name = "subject_hash", nullable = false)
    private String subjectHash;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Column(name = "handled_by", nullable = false)
    private String handledBy;
    @Column(name = "handled_at", nullable = false)
    private Instant handledAt;
    private String outcome;
    @Version
    private long version;

    protected PrivacyRequest() {
    }

    public PrivacyRequest(Kind kind, String subjectHash, Long organisationId, String handledBy, Instant handledAt,
            String outcome) {
        this.kind = kind;
        this.subjectHash = subjectHash;
        this.organisationId = organisationId;
        this.handledBy = handledBy;
        this.handledAt = handledAt;
        this.outcome = outcome == null || outcome.length() <= 2000 ? outcome : outcome.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubjectHash() {
        return subjectHash;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
