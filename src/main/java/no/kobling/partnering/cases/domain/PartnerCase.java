package no.kobling.partnering.cases.domain;

import org.hibernate.annotations.BatchSize;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import no.kobling.shared.DomainException;

/**
 * A partner-search case: a pairing of two companies (or one company with several candidates until the partner is
 * chosen) in a partnership, with a named facilitator on each side. Both companies consent before they are introduced;
 * a held meeting moves the case to follow-up; a case closes only with an outcome.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "cases_case")
public class PartnerCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "company_a_id", nullable = false)
    private long companyAId;

    @Column(name = "company_b_id")
    private Long companyBId;

    @Column(name = "country_a", nullable = false)
    private String countryA;

    @Column(name = "country_b")
    private String countryB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "facilitator_a_id", nullable = false)
    private long facilitatorAId;
    @Column(name = "facilitator_a_org_id", nullable = false)
    private long facilitatorAOrgId;
    @Column(name = "facilitator_b_id", nullable = false)
    private long facilitatorBId;
    @Column(name = "facilitator_b_org_id", nullable = false)
    private long facilitatorBOrgId;

    @Column(name = "consent_a_by")
    private String consentABy;
    @Column(name = "consent_a_on")
    private LocalDate consentAOn;
    @Column(name = "consent_a_how")
    private String consentAHow;
    @Column(name = "consent_b_by")
    private String consentBBy;
    @Column(name = "consent_b_on")
    private LocalDate consentBOn;
    @Column(name = "consent_b_how")
    private String consentBHow;

    @ElementCollection
    @BatchSize(size = 100) // the board shows the candidate count of a page of cases: one query, not one per card
    @CollectionTable(name = "cases_candidate", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "company_id", nullable = false)
    private Set<Long> candidateIds = new HashSet<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "project_id")
    private Long projectId;

    @Version
    private long version;

    protected PartnerCase() {
    }

    /**
     * @param companyB the partner, or null while the case has only candidates
     * @param countryB the partner's country (null with no partner)
     */
    public PartnerCase(long partnershipId, long companyA, String countryA, Long companyB, String countryB,
            Set<Long> candidates, Facilitator facilitatorA, Facilitator facilitatorB, String createdBy,
            Instant createdAt) {
        if (companyB != null && companyB == companyA) {
            throw DomainException.rule("same-company", "cases.error.same-company");
        }
        if (companyB == null && (candidates == null || candidates.isEmpty())) {
            throw DomainException.rule("partner-required", "cases.error.partner-required");
        }
        this.partnershipId = partnershipId;
        this.companyAId = companyA;
        this.countryA = Objects.requireNonNull(countryA);
        this.companyBId = companyB;
        this.countryB = countryB;
        if (candidates != null) {
            candidates.stream().filter(c -> c != companyA).forEach(candidateIds::add);
        }
        this.facilitatorAId = facilitatorA.userId();
        this.facilitatorAOrgId = facilitatorA.organisationId();
        this.facilitatorBId = facilitatorB.userId();
        this.facilitatorBOrgId = facilitatorB.organisationId();
        this.stage = Stage.MAPPING;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A facilitator as the case stores them: the user and the organisation they act for. */
    public record Facilitator(long userId, long organisationId) {
    }

    /** Chooses the partner among the candidates (or any company, which joins the candidates). */
    public void choosePartner(long companyB, String countryB) {
        requireOpen();
        if (companyB == companyAId) {
            throw DomainException.rule("same-company", "cases.error.same-company");
        }
        if (this.companyBId != null && this.companyBId != companyB && hasConsent(Side.B)) {
            throw DomainException.rule("partner-fixed", "cases.error.partner-fixed");
        }
        this.companyBId = companyB;
        this.countryB = countryB;
        candidateIds.add(companyB);
    }

    public void giveConsent(Side side, Consent consent) {
        requireOpen();
        if (side == Side.B && companyBId == null) {
            throw DomainException.rule("partner-required", "cases.error.partner-required");
        }
        if (side == Side.A) {
            consentABy = consent.givenBy();
            consentAOn = consent.givenOn();
            consentAHow = consent.how();
        } else {
            consentBBy = consent.givenBy();
            consentBOn = consent.givenOn();
            consentBHow = consent.how();
        }
    }

    public boolean hasConsent(Side side) {
        return side == Side.A ? consentAOn != null : consentBOn != null;
    }

    public Consent consent(Side side) {
        if (!hasConsent(side)) {
            return null;
        }
        return side == Side.A ? new Consent(consentABy, consentAOn, consentAHow)
                : new Consent(consentBBy, consentBOn, consentBHow);
    }

    /** A facilitator moves the case by hand (see {@link Stage#mayMoveByHandTo}). */
    public void moveTo(Stage target) {
        requireOpen();
        if (!stage.mayMoveByHandTo(target)) {
            throw DomainException.rule("stage-move-refused", "cases.error.stage-move-refused", stage, target);
        }
        enter(target);
    }

    /** A meeting between the companies was held: the case goes to follow-up (from any earlier stage). */
    public void meetingHeld() {
        requireOpen();
        if (stage.compareTo(Stage.FOLLOW_UP) < 0) {
            enter(Stage.FOLLOW_UP);
        }
    }

    /** An outcome was recorded: the case is at the outcome stage (further outcomes may follow). */
    public void outcomeRecorded() {
        requireOpen();
        enter(Stage.OUTCOME);
    }

    /** Closes the case; refused while it has no outcome. */
    public void close(boolean hasOutcome, Instant at) {
        requireOpen();
        if (!hasOutcome) {
            throw DomainException.rule("outcome-required", "cases.error.outcome-required");
        }
        closedAt = at;
    }

    private void enter(Stage target) {
        if (target.needsConsent()) {
            if (companyBId == null) {
                throw DomainException.rule("partner-required", "cases.error.partner-required");
            }
            if (!hasConsent(Side.A) || !hasConsent(Side.B)) {
                throw DomainException.rule("consent-missing", "cases.error.consent-missing");
            }
        }
        stage = target;
    }

    public void requireOpen() {
        if (closedAt != null) {
            throw DomainException.conflict("case-closed", "cases.error.case-closed");
        }
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean involvesOrganisation(Long organisationId) {
        return organisationId != null && (organisationId == facilitatorAOrgId || organisationId == facilitatorBOrgId);
    }

    public boolean isFacilitator(long userId) {
        return userId == facilitatorAId || userId == facilitatorBId;
    }

    public Long getId() {
        return id;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public long getCompanyAId() {
        return companyAId;
    }

    public Long getCompanyBId() {
        return companyBId;
    }

    public String getCountryA() {
        return countryA;
    }

    public String getCountryB() {
        return countryB;
    }

    public Stage getStage() {
        return stage;
    }

    public long getFacilitatorAId() {
        return facilitatorAId;
    }

    public long getFacilitatorAOrgId() {
        return facilitatorAOrgId;
    }

    public long getFacilitatorBId() {
        return facilitatorBId;
    }

    public long getFacilitatorBOrgId() {
        return facilitatorBOrgId;
    }

    public Set<Long> getCandidateIds() {
        return Collections.unmodifiableSet(candidateIds);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The project this record is tagged with (issue 13), or {@code null}. */
    public Long getProjectId() {
        return projectId;
    }

    /**
     * Tags the record with a project, or clears the tag ({@code null}). The caller (application service) checks
     * with the project module that a newly stored project may be tagged.
     */
    public void tagWithProject(Long projectId) {
        this.projectId = projectId;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PartnerCase other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
