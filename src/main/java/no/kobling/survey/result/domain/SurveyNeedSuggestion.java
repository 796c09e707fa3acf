package no.kobling.survey.result.domain;

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
import no.kobling.shared.DomainException;

/**
 * A need suggested by a completed survey answer (an option whose code is a need code of the advisory taxonomy): an
 * advisor confirms it (it becomes the company's need) or dismisses it, once.
 */
@Entity
@Table(name = "survey_need_suggestion")
public class SurveyNeedSuggestion {

    public enum Status {
        PENDING, CONFIRMED, DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "need_code", nullable = false)
    private String needCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected SurveyNeedSuggestion() {
    }

    public SurveyNeedSuggestion(long surveyId, long responseId, long companyId, String needCode, Instant at) {
        this.surveyId = surveyId;
        this.responseId = responseId;
        this.companyId = companyId;
        this.needCode = needCode;
        this.status = Status.PENDING;
        this.createdAt = at;
    }

    /** Confirms or dismisses a pending suggestion; a decided one is refused (survey-need-decided). */
    public void decide(boolean confirm, String by, Instant at) {
        if (status != Status.PENDING) {
            throw DomainException.conflict("survey-need-decided", "surveyresult.error.need-decided");
        }
        status = confirm ? Status.CONFIRMED : Status.DISMISSED;
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public long getResponseId() {
        return responseId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getNeedCode() {
        return needCode;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveyNeedSuggestion s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return SurveyNeedSuggestion.class.hashCode();
    }
}
