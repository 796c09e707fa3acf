package no.kobling.project.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of an agreement's terms: who changed what when, and a snapshot (JSON) of the terms after it. */
@Entity
@Table(name = "project_agreement_version")
public class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(nullable = false)
    private int number;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 400)
    private String changes;

    @Column(nullable = false, length = 20000)
    private String snapshot;

    protected AgreementVersion() {
    }

    public AgreementVersion(long agreementId, int number, String changedBy, Instant changedAt, String changes,
            String snapshot) {
        this.agreementId = agreementId;
        this.number = number;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = changes;
        this.snapshot = snapshot;
    }

    public Long getId() {
        return id;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public int getNumber() {
        return number;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** Comma-separated names of the changed terms ({@code created} for the first version). */
    public String getChanges() {
        return changes;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
