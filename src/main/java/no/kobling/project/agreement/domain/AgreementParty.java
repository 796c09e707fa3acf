package no.kobling.project.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An organisation that is party to an agreement, with its signature or termination. */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "project_agreement_party")
public class AgreementParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartyStatus status = PartyStatus.DRAFT;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Column(name = "termination_reason", length = 2000)
    private String terminationReason;

    @Version
    private long version;

    protected AgreementParty() {
    }

    AgreementParty(Agreement agreement, long organisationId) {
        this.agreement = agreement;
        this.organisationId = organisationId;
    }

    void sign(String signer, LocalDate on, String by) {
        status = PartyStatus.SIGNED;
        signerName = signer;
        signedOn = on;
        signedBy = by;
    }

    void terminate(String reason, LocalDate on) {
        status = PartyStatus.TERMINATED;
        terminationReason = reason;
        terminatedOn = on;
    }

    /** Back to draft: the terms changed after signing, so the signature belongs to an older version. */
    void resetSignature() {
        status = PartyStatus.DRAFT;
        signerName = null;
        signedOn = null;
        signedBy = null;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public PartyStatus getStatus() {
        return status;
    }

    public String getSignerName() {
        return signerName;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public boolean hasSigned() {
        return status != PartyStatus.DRAFT;
    }
}
