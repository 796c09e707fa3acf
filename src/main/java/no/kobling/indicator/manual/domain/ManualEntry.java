package no.kobling.indicator.manual.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import no.kobling.shared.DomainException;

/**
 * One value of a manual indicator on a day, with its evidence (a link, a stored file, or both; at least one), a note,
 * who entered it and when. Corrections change it in place (the audit keeps who changed which fields when);
 * withdrawing keeps it, uncounted.
 */
@Entity(name = "IndicatorManualEntry")
@Table(name = "indicator_manual_entry")
public class ManualEntry {

    static final int MAX_LINK = 2000;
    static final int MAX_NOTE = 2000;
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000000");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "manual_id", nullable = false)
    private long manualId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Column(name = "entry_value", nullable = false)
    private BigDecimal value;

    @Column(name = "evidence_link")
    private String link;

    @Column(name = "evidence_id")
    private Long evidenceId;

    private String note;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected ManualEntry() {
    }

    public ManualEntry(long manualId, String by, Instant at) {
        this.manualId = manualId;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    /**
     * Sets the entry's facts. Refused (422): no date ({@code manual-date-required}), no value or one out of range
     * ({@code manual-value-invalid}), a negative value for a unit that allows none ({@code manual-value-negative}),
     * a link that is not http(s) ({@code manual-link-invalid}), neither link nor file
     * ({@code manual-evidence-required}), a note over 2000 characters ({@code manual-note-too-long}).
     */
    public void set(ManualUnit unit, LocalDate newDate, BigDecimal newValue, String newLink, Long newEvidenceId,
            String newNote) {
        if (newDate == null) {
            throw DomainException.rule("manual-date-required", "indicator.manual.error.date-required");
        }
        if (newValue == null || newValue.abs().compareTo(MAX_VALUE) >= 0
                || newValue.stripTrailingZeros().scale() > 2) {
            throw DomainException.rule("manual-value-invalid", "indicator.manual.error.value-invalid");
        }
        if (newValue.signum() < 0 && !unit.allowsNegative()) {
            throw DomainException.rule("manual-value-negative", "indicator.manual.error.value-negative");
        }
        String cleanLink = checkLink(newLink);
        if (cleanLink == null && newEvidenceId == null) {
            throw DomainException.rule("manual-evidence-required", "indicator.manual.error.evidence-required");
        }
        String cleanNote = newNote == null || newNote.isBlank() ? null : newNote.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw DomainException.rule("manual-note-too-long", "indicator.manual.error.note-too-long", MAX_NOTE);
        }
        this.date = newDate;
        this.value = newValue;
        this.link = cleanLink;
        this.evidenceId = newEvidenceId;
        this.note = cleanNote;
    }

    /** An absolute http or https address with a host, or null when blank; anything else is refused. */
    public static String checkLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String t = link.strip();
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (t.length() <= MAX_LINK && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank()) {
                return t;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw DomainException.rule("manual-link-invalid", "indicator.manual.error.link-invalid");
    }

    public void withdraw(String by, Instant at) {
        this.withdrawn = true;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getManualId() {
        return manualId;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getLink() {
        return link;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public String getNote() {
        return note;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManualEntry m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return ManualEntry.class.hashCode();
    }
}
