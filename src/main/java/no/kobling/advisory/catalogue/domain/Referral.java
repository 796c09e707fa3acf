package no.kobling.advisory.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import no.kobling.shared.DomainException;

/**
 * A company referred to a service. The municipality is the company's at the time of referral (usage is counted per
 * municipality even if the company moves later).
 */
@Entity
@Table(name = "catalogue_referral")
public class Referral {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(name = "referring_organisation_id")
    private Long referringOrganisationId;

    @Column(name = "referred_by", nullable = false)
    private String referredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status = ReferralStatus.REFERRED;

    private String note;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "feedback_score")
    private Integer feedbackScore;

    @Column(name = "feedback_comment")
    private String feedbackComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "project_id")
    private Long projectId;

    @Version
    private long version;

    protected Referral() {
    }

    public Referral(long serviceId, long companyId, long municipalityId, Long referringOrganisationId,
            String referredBy, String note, LocalDate referredOn, Instant createdAt) {
        this.serviceId = serviceId;
        this.companyId = companyId;
        this.municipalityId = municipalityId;
        this.referringOrganisationId = referringOrganisationId;
        this.referredBy = referredBy;
        this.note = limit(note);
        this.referredOn = referredOn;
        this.createdAt = createdAt;
    }

    public void accept(LocalDate on) {
        move(ReferralStatus.ACCEPTED);
        this.acceptedOn = on;
    }

    public void decline(LocalDate on) {
        move(ReferralStatus.DECLINED);
    }

    public void deliver(LocalDate on) {
        move(ReferralStatus.DELIVERED);
        this.deliveredOn = on;
    }

    /** Feedback on a delivered service: a score from 1 to 5 and an optional comment. */
    public void giveFeedback(int score, String comment) {
        if (score < 1 || score > 5) {
            throw DomainException.rule("referral-feedback-score", "catalogue.error.feedback-score", score);
        }
        move(ReferralStatus.FEEDBACK_GIVEN);
        this.feedbackScore = score;
        this.feedbackComment = limit(comment);
    }

    private void move(ReferralStatus target) {
        if (!status.mayMoveTo(target)) {
            throw DomainException.conflict("referral-transition-illegal",
                    "catalogue.error.transition." + status.name(), target.name());
        }
        this.status = target;
    }

    private static String limit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > NOTE_MAX) {
            throw DomainException.rule("referral-text-too-long", "catalogue.error.text-too-long");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public long getServiceId() {
        return serviceId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public Long getReferringOrganisationId() {
        return referringOrganisationId;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public Integer getFeedbackScore() {
        return feedbackScore;
    }

    public String getFeedbackComment() {
        return feedbackComment;
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
        return o instanceof Referral r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Referral.class.hashCode();
    }
}
