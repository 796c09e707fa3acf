package no.kobling.survey.distribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.kobling.shared.LocalDay;

/**
 * A recipient of a survey: a register company (or a person) with the address and language the survey is mailed to.
 * The personal link's token is stored only as its hash ({@code tokenHash}, the latest one mailed).
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "survey_recipient")
public class SurveyRecipient {

    /** Where a recipient stands, as the distribution page shows it. */
    public enum Status {
        NOT_SENT, SENT, REMINDED, COMPLETED, UNSUBSCRIBED, REFUSED_NO_CONSENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "company_id")
    private Long companyId;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(nullable = false, length = 300)
    private String email;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 200)
    private String addedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "closing_reminder_at")
    private Instant closingReminderAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Version
    private long version;

    protected SurveyRecipient() {
    }

    public SurveyRecipient(long surveyId, Long companyId, String name, String email, String language, Instant now,
            String addedBy) {
        this.surveyId = surveyId;
        this.companyId = companyId;
        this.name = name;
        this.email = email;
        this.language = language;
        this.addedAt = now;
        this.addedBy = addedBy;
    }

    public Status status(boolean consent) {
        if (completedAt != null) {
            return Status.COMPLETED;
        }
        if (unsubscribedAt != null) {
            return Status.UNSUBSCRIBED;
        }
        if (sentAt == null) {
            return consent ? Status.NOT_SENT : Status.REFUSED_NO_CONSENT;
        }
        return remindedAt != null ? Status.REMINDED : Status.SENT;
    }

    /** A recipient still waited for: mailed, not complete, not unsubscribed. */
    public boolean awaited() {
        return sentAt != null && completedAt == null && unsubscribedAt == null;
    }

    /** Whether a mail (the invitation or a reminder) already went to this recipient on {@code day}. */
    public boolean mailedOn(LocalDate day, ZoneId zone) {
        return (sentAt != null && LocalDay.of(sentAt, zone).equals(day))
                || (remindedAt != null && LocalDay.of(remindedAt, zone).equals(day));
    }

    public void sent(String hash, Instant now) {
        this.tokenHash = hash;
        this.sentAt = now;
    }

    public void reminded(String hash, Instant now, boolean closingReminder) {
        this.tokenHash = hash;
        this.remindedAt = now;
        if (closingReminder) {
            this.closingReminderAt = now;
        }
    }

    public void completed(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    public void unsubscribed(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
        }
    }

    public void changeLanguage(String language) {
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getClosingReminderAt() {
        return closingReminderAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public long getVersion() {
        return version;
    }
}
