package no.kobling.project.agreement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.kobling.shared.DomainException;
import org.hibernate.annotations.BatchSize;

/**
 * A cooperation agreement between organisations. Its terms (title, purpose, areas, period, parties, partnership and
 * documents) are versioned: every change makes a new terms version and, once anyone has signed, sets every
 * signature back to draft, because the parties signed other terms. Status: see {@link AgreementStatus}.
 */
@Entity
@Table(name = "project_agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String purpose;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(name = "created_by_org_id")
    private Long createdByOrganisationId;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Column(name = "terms_version", nullable = false)
    private int termsVersion = 1;

    @Column(name = "reminded_version")
    private Integer remindedVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<AgreementParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_agreement_area_link", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "area_id")
    @BatchSize(size = 50)
    private Set<Long> areaIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_agreement_document", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "document_id")
    @BatchSize(size = 50)
    private Set<Long> documentIds = new HashSet<>();

    @Version
    private long version;

    protected Agreement() {
    }

    public Agreement(AgreementTerms terms, Long createdByOrganisationId, String timeZone, Instant now) {
        this.createdByOrganisationId = createdByOrganisationId;
        this.timeZone = timeZone;
        this.createdAt = now;
        apply(terms);
    }

    public AgreementTerms terms() {
        Set<Long> orgs = new HashSet<>();
        parties.forEach(p -> orgs.add(p.getOrganisationId()));
        return new AgreementTerms(title, purpose, areaIds, startDate, endDate, orgs, partnershipId);
    }

    /** Changes the terms; returns what changed (empty: nothing, no new version). */
    public List<String> change(AgreementTerms terms, LocalDate today) {
        requireOpen(today);
        List<String> changed = terms().differences(terms);
        if (!changed.isEmpty()) {
            apply(terms);
            newVersion();
        }
        return changed;
    }

    /** Attaches an uploaded document: a change of the terms. */
    public void attach(long documentId, LocalDate today) {
        requireOpen(today);
        documentIds.add(documentId);
        newVersion();
    }

    /** A party signs (its own staff or an administrator decide that; this checks the move). */
    public void sign(long organisationId, String signerName, LocalDate signedOn, String by, LocalDate today) {
        AgreementParty party = party(organisationId).orElseThrow(
                () -> DomainException.rule("agreement-party-unknown", "agreement.error.party-unknown"));
        requireOpen(today);
        if (party.hasSigned()) {
            throw DomainException.rule("agreement-already-signed", "agreement.error.already-signed");
        }
        String signer = signerName == null ? "" : signerName.strip();
        if (signer.isEmpty()) {
            throw DomainException.rule("agreement-signer-required", "agreement.error.signer-required");
        }
        if (signedOn == null || signedOn.isAfter(today)) {
            throw DomainException.rule("agreement-signed-date-invalid", "agreement.error.signed-date-invalid");
        }
        party.sign(signer.length() > 200 ? signer.substring(0, 200) : signer, signedOn, by);
    }

    /** A party ends an active agreement, with a reason and the date it ends. */
    public void terminate(long organisationId, String reason, LocalDate on, LocalDate today) {
        AgreementParty party = party(organisationId).orElseThrow(
                () -> DomainException.rule("agreement-party-unknown", "agreement.error.party-unknown"));
        if (status(today) != AgreementStatus.ACTIVE) {
            throw DomainException.rule("agreement-not-active", "agreement.error.not-active");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.rule("agreement-termination-reason-required",
                    "agreement.error.termination-reason-required");
        }
        if (on == null || on.isBefore(startDate) || (endDate != null && on.isAfter(endDate))) {
            throw DomainException.rule("agreement-termination-date-invalid",
                    "agreement.error.termination-date-invalid");
        }
        party.terminate(why.length() > 2000 ? why.substring(0, 2000) : why, on);
    }

    public AgreementStatus status(LocalDate today) {
        if (parties.stream().anyMatch(p -> p.getStatus() == PartyStatus.TERMINATED)) {
            return AgreementStatus.TERMINATED;
        }
        if (endDate != null && today.isAfter(endDate)) {
            return AgreementStatus.EXPIRED;
        }
        boolean allSigned = !parties.isEmpty() && parties.stream().allMatch(AgreementParty::hasSigned);
        if (!allSigned) {
            return AgreementStatus.DRAFT;
        }
        return today.isBefore(startDate) ? AgreementStatus.SIGNED : AgreementStatus.ACTIVE;
    }

    /** A party's status: its own move (draft, signed, terminated), or the agreement's while active or expired. */
    public AgreementStatus statusOf(AgreementParty party, LocalDate today) {
        if (party.getStatus() == PartyStatus.TERMINATED) {
            return AgreementStatus.TERMINATED;
        }
        AgreementStatus overall = status(today);
        if (overall == AgreementStatus.ACTIVE || overall == AgreementStatus.EXPIRED) {
            return overall;
        }
        return party.hasSigned() ? AgreementStatus.SIGNED : AgreementStatus.DRAFT;
    }

    /** Whether the expiry reminder is due: active, ends within {@code days}, not yet reminded for this version. */
    public boolean needsReminder(LocalDate today, int days) {
        return endDate != null && status(today) == AgreementStatus.ACTIVE && !endDate.isAfter(today.plusDays(days))
                && (remindedVersion == null || remindedVersion != termsVersion);
    }

    public void reminded() {
        remindedVersion = termsVersion;
    }

    public Optional<AgreementParty> party(long organisationId) {
        return parties.stream().filter(p -> p.getOrganisationId() == organisationId).findFirst();
    }

    public boolean isParty(Long organisationId) {
        return organisationId != null && party(organisationId).isPresent();
    }

    private void requireOpen(LocalDate today) {
        if (status(today).closed()) {
            throw DomainException.rule("agreement-closed", "agreement.error.closed");
        }
    }

    private void newVersion() {
        termsVersion++;
        parties.forEach(AgreementParty::resetSignature);
    }

    private void apply(AgreementTerms terms) {
        title = terms.title();
        purpose = terms.purpose();
        startDate = terms.startDate();
        endDate = terms.endDate();
        partnershipId = terms.partnershipId();
        areaIds.clear();
        areaIds.addAll(terms.areaIds());
        parties.removeIf(p -> !terms.partyOrganisationIds().contains(p.getOrganisationId()));
        for (Long org : new TreeSet<>(terms.partyOrganisationIds())) {
            if (party(org).isEmpty()) {
                parties.add(new AgreementParty(this, org));
            }
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public Long getCreatedByOrganisationId() {
        return createdByOrganisationId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getTermsVersion() {
        return termsVersion;
    }

    public Integer getRemindedVersion() {
        return remindedVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<AgreementParty> getParties() {
        return List.copyOf(parties);
    }

    public Set<Long> getAreaIds() {
        return Set.copyOf(areaIds);
    }

    public Set<Long> getDocumentIds() {
        return Set.copyOf(documentIds);
    }

    public long getVersion() {
        return version;
    }
}
