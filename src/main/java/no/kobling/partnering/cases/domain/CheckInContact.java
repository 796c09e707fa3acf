package no.kobling.partnering.cases.domain;

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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import no.kobling.shared.DomainException;

/**
 * Whom a company of a case is asked by e-mail at its follow-up dates, and in which language. Set by a facilitator
 * (the company agreed to be contacted about the case); the contact may unsubscribe through a check-in link, after
 * which no check-in goes to them until a facilitator sets the contact again.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "cases_checkin_contact")
public class CheckInContact {

    public static final Set<String> LANGUAGES = Set.of("nb", "nn", "sv", "fi", "en");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String language;
    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;
    @Version
    private long version;

    protected CheckInContact() {
    }

    public CheckInContact(long caseId, Side side, String email, String language, String by, Instant at) {
        this.caseId = caseId;
        this.side = Objects.requireNonNull(side);
        change(email, language, by, at);
    }

    /** Sets the address and language (one of nb, nn, sv, fi, en); a new contact is subscribed again. */
    public void change(String address, String lang, String by, Instant at) {
        String mail = address == null ? "" : address.strip();
        if (mail.isEmpty() || mail.length() > 300 || !EMAIL.matcher(mail).matches()) {
            throw DomainException.rule("checkin-email-invalid", "checkin.error.email-invalid");
        }
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(l)) {
            throw DomainException.rule("checkin-language-invalid", "checkin.error.language-invalid");
        }
        this.email = mail;
        this.language = l;
        this.setBy = by;
        this.setAt = at;
        this.unsubscribedAt = null;
    }

    public void unsubscribe(Instant at) {
        if (unsubscribedAt == null) {
            unsubscribedAt = at;
        }
    }

    public boolean isSubscribed() {
        return unsubscribedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Side getSide() {
        return side;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public long getVersion() {
        return version;
    }
}
