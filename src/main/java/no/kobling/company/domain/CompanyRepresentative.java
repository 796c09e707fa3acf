package no.kobling.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A user who acts for a company: keeps its partner profile, registers for events, sees its agenda. */
@Entity
@Table(name = "company_representative")
public class CompanyRepresentative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who made the link (username, or "system"). */
    @Column(name = "created_by")
    private String createdBy;

    /**
     * Who vouched for the link: an administrator, the system, or staff of an organisation whose area holds the
     * company. A link made by a representative is unverified until such staff verify it.
     */
    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected CompanyRepresentative() {
    }

    public CompanyRepresentative(long companyId, long userId, Instant createdAt) {
        this(companyId, userId, createdAt, null);
    }

    public CompanyRepresentative(long companyId, long userId, Instant createdAt, String createdBy) {
        this.companyId = companyId;
        this.userId = userId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = createdBy;
    }

    /** Marks the link verified by {@code who} (kept as it is when already verified). */
    public void verify(String who, Instant at) {
        if (verifiedBy == null) {
            verifiedBy = Objects.requireNonNull(who);
            verifiedAt = Objects.requireNonNull(at);
        }
    }

    public boolean isVerified() {
        return verifiedBy != null;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompanyRepresentative r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return CompanyRepresentative.class.hashCode();
    }
}
