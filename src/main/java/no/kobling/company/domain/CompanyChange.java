package no.kobling.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of a company's history: who changed what, when (manual edits, merges; imports write their own rows). */
@Entity
@Table(name = "company_change")
public class CompanyChange {

    static final int MAX_FIELDS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeKind kind;

    @Column(name = "import_run_id")
    private Long importRunId;

    @Column(name = "changed_fields")
    private String changedFields;

    protected CompanyChange() {
    }

    public CompanyChange(long companyId, Instant occurredAt, String actor, ChangeKind kind, String changedFields) {
        this.companyId = companyId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.changedFields = changedFields == null || changedFields.length() <= MAX_FIELDS ? changedFields
                : changedFields.substring(0, MAX_FIELDS);
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public Long getImportRunId() {
        return importRunId;
    }

    public String getChangedFields() {
        return changedFields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompanyChange c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return CompanyChange.class.hashCode();
    }
}
