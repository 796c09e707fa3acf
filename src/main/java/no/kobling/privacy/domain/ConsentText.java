package no.kobling.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kobling.privacy.ConsentPurpose;

/** The text shown when asking for consent to a purpose: one row per version and language; versions never change. */
@Entity
@Table(name = "privacy_consent_text")
public class ConsentText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;
    @Column(name = "text_version", nullable = false)
    private int textVersion;
    @Column(nullable = false)
    private String locale;
    @Column(nullable = false)
    private String body;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ConsentText() {
    }

    public ConsentText(ConsentPurpose purpose, int textVersion, String locale, String body, Instant publishedAt) {
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.locale = locale;
        this.body = body;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
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

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
