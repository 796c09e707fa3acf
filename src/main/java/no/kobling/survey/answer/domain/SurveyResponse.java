package no.kobling.survey.answer.domain;

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
import java.util.Collection;
import java.util.TreeSet;

/**
 * One respondent's answers to a survey, saved page by page ({@code currentSection} is the page they continue at)
 * until they submit it. A personal link has one response ({@code recipientId}); an open link's responses are found
 * again by their resume token (stored as a hash). Anonymous surveys keep neither recipient nor company, only the
 * attribute snapshot taken at completion.
 */
@Entity(name = "SurveyResponse")
@Table(name = "survey_response")
public class SurveyResponse {

    public enum Status { IN_PROGRESS, COMPLETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "survey_id", nullable = false)
    private long surveyId;
    @Column(name = "recipient_id")
    private Long recipientId;
    @Column(name = "company_id")
    private Long companyId;
    @Column(name = "municipality_id")
    private Long municipalityId;
    @Column(name = "country_code")
    private String countryCode;
    @Column(name = "target_groups")
    private String targetGroups;
    @Column(nullable = false)
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.IN_PROGRESS;
    @Column(name = "current_section", nullable = false)
    private int currentSection;
    @Column(name = "resume_token_hash")
    private String resumeTokenHash;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Version
    private Long version;

    protected SurveyResponse() {
    }

    public SurveyResponse(long surveyId, Long recipientId, String resumeTokenHash, String language, Instant now) {
        this.surveyId = surveyId;
        this.recipientId = recipientId;
        this.resumeTokenHash = resumeTokenHash;
        this.language = language;
        this.startedAt = now;
        this.updatedAt = now;
    }

    public boolean isComplete() {
        return status == Status.COMPLETE;
    }

    /** The page the respondent continues at. */
    public void moveTo(int section, Instant now) {
        this.currentSection = Math.max(0, section);
        this.updatedAt = now;
    }

    public void changeLanguage(String language, Instant now) {
        this.language = language;
        this.updatedAt = now;
    }

    /**
     * Completes the response with the snapshot of the company's attributes; {@code companyId} only for identified
     * surveys (null for anonymous ones, which also forget the recipient: {@code anonymous}). The resume token stays,
     * so the link answers "already answered".
     */
    public void complete(Long companyId, Long municipalityId, String countryCode, Collection<String> targetGroups,
            boolean anonymous, Instant now) {
        if (anonymous) {
            this.recipientId = null;
        }
        this.companyId = companyId;
        this.municipalityId = municipalityId;
        this.countryCode = countryCode;
        this.targetGroups = targetGroups == null || targetGroups.isEmpty() ? null
                : String.join(",", new TreeSet<>(targetGroups));
        if (this.targetGroups != null && this.targetGroups.length() > 200) {
            this.targetGroups = this.targetGroups.substring(0, this.targetGroups.lastIndexOf(',', 200));
        }
        this.status = Status.COMPLETE;
        this.completedAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** Target-group codes, comma-separated and sorted (null without any). */
    public String getTargetGroups() {
        return targetGroups;
    }

    public String getLanguage() {
        return language;
    }

    public Status getStatus() {
        return status;
    }

    public int getCurrentSection() {
        return currentSection;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Long getVersion() {
        return version;
    }
}
