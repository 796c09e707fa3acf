package no.kobling.partnering.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import no.kobling.shared.DomainException;

/**
 * What came of a case on a day: a letter of intent, tender/offer requests exchanged, a transaction (value in NOK, SEK
 * or EUR — refused without a currency), joining a network, continued cooperation, or no fit (with the reason).
 */
@Entity
@Table(name = "cases_outcome")
public class Outcome {

    public static final Set<String> CURRENCIES = Set.of("NOK", "SEK", "EUR");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutcomeKind kind;
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;
    private BigDecimal amount;
    private String currency;
    private String reason;
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Outcome() {
    }

    public Outcome(long caseId, OutcomeKind kind, LocalDate occurredOn, BigDecimal amount, String currency,
            String reason, String note, String recordedBy, Instant recordedAt, LocalDate today) {
        if (kind == null) {
            throw DomainException.rule("outcome-kind-required", "cases.error.outcome-kind-required");
        }
        if (occurredOn == null || occurredOn.isAfter(today)) {
            throw DomainException.rule("outcome-date-invalid", "cases.error.outcome-date-invalid");
        }
        String cur = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (kind == OutcomeKind.TRANSACTION) {
            if (amount == null || amount.signum() <= 0) {
                throw DomainException.rule("transaction-value-required", "cases.error.transaction-value-required");
            }
            if (cur == null) {
                throw DomainException.rule("currency-required", "cases.error.currency-required");
            }
            if (!CURRENCIES.contains(cur)) {
                throw DomainException.rule("currency-unknown", "cases.error.currency-unknown", cur);
            }
            if (amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
                throw DomainException.rule("transaction-value-invalid", "cases.error.transaction-value-invalid");
            }
        } else {
            amount = null;
            cur = null;
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (kind == OutcomeKind.NO_FIT && why == null) {
            throw DomainException.rule("reason-required", "cases.error.reason-required");
        }
        if ((why != null && why.length() > 2000) || (note != null && note.strip().length() > 2000)) {
            throw DomainException.rule("note-too-long", "cases.error.entry-too-long", 2000);
        }
        this.caseId = caseId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.amount = amount;
        this.currency = cur;
        this.reason = why;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
