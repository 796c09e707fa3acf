package no.kobling.privacy.domain;

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
import java.util.Locale;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.shared.DomainException;

/** One consent of a person (by e-mail) to one purpose, with the version and language of the text shown. */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "privacy_consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String email;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;
    @Column(name = "text_version", nullable = false)
    private int textVersion;
    @Column(nullable = false)
    private String locale;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentHow how;
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    private String note;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Version
    private long version;

    protected Consent() {
    }

    public Consent(String email, Long organisationId, ConsentPurpose purpose, int textVersion, String locale,
            ConsentHow how, Instant givenAt, String recordedBy, String note) {
        if (email == null || !email.contains("@") || purpose == null || how == null || givenAt == null) {
            throw DomainException.rule("privacy-consent-invalid", "privacy.error.consent-invalid");
        }
        if (how == ConsentHow.VERBAL && (note == null || note.isBlank())) {
            throw DomainException.rule("privacy-consent-verbal-note", "privacy.error.consent-verbal-note");
        }
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.organisationId = organisationId;
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.locale = locale;
        this.how = how;
        this.givenAt = givenAt;
        this.recordedBy = recordedBy;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public void withdraw(Instant at, String by) {
        if (withdrawnAt != null) {
            throw DomainException.conflict("privacy-consent-withdrawn", "privacy.error.consent-withdrawn");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public int getTextVersion() {
        return textVersion;
    }

    public String getLocale() {
        return locale;
    }

    public ConsentHow getHow() {
        return how;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getNote() {
        return note;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public long getVersion() {
        return version;
    }
}
