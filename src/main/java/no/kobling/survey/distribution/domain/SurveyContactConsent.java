package no.kobling.survey.distribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/**
 * Consent of a company (or of an e-mail address) to be contacted for surveys: given by the company's representative,
 * recorded by staff (with a note) or at an event registration; withdrawn by an unsubscribe or by staff.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "survey_contact_consent")
public class SurveyContactConsent {

    public static final String PURPOSE = "surveys";
    public static final String BY_REPRESENTATIVE = "company-representative";
    public static final String BY_STAFF = "recorded-by-staff";
    public static final String AT_EVENT_REGISTRATION = "event-registration";
    public static final Set<String> HOWS = Set.of(BY_REPRESENTATIVE, BY_STAFF, AT_EVENT_REGISTRATION);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id")
    private Long companyId;

    @Column(length = 300)
    private String email;

    @Column(nullable = false, length = 20)
    private String purpose = PURPOSE;

    @Column(nullable = false, length = 30)
    private String how;

    @Column(length = 1000)
    private String note;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "given_by", nullable = false, length = 200)
    private String givenBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 200)
    private String withdrawnBy;

    @Version
    private long version;

    protected SurveyContactConsent() {
    }

    public SurveyContactConsent(Long companyId, String email, String how, String note, Instant givenAt,
            String givenBy) {
        this.companyId = companyId;
        this.email = email;
        this.how = how;
        this.note = note;
        this.givenAt = givenAt;
        this.givenBy = givenBy;
    }

    public boolean current() {
        return withdrawnAt == null;
    }

    public void withdraw(Instant now, String by) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
            withdrawnBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getEmail() {
        return email;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getHow() {
        return how;
    }

    public String getNote() {
        return note;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}
