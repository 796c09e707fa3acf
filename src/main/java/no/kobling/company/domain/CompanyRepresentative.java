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

    protected CompanyRepresentative() {
    }

    public CompanyRepresentative(long companyId, long userId, Instant createdAt) {
        this.companyId = companyId;
        this.userId = userId;
        this.createdAt = Objects.requireNonNull(createdAt);
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
