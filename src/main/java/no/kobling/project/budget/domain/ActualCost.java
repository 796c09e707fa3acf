package no.kobling.project.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.kobling.shared.DomainException;

/** An actual cost booked against a budget line: entered by hand or imported from a ledger export. */
@Entity
@Table(name = "project_budget_actual")
public class ActualCost {

    public enum Source {
        MANUAL,
        IMPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "line_id", nullable = false)
    private long lineId;

    @Column(name = "booked_on", nullable = false)
    private LocalDate bookedOn;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(length = 500)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected ActualCost() {
    }

    public ActualCost(long projectId, long lineId, LocalDate bookedOn, BigDecimal amount, Currency currency,
            String text, Source source, String enteredBy, Instant enteredAt) {
        if (bookedOn == null) {
            throw DomainException.rule("budget-date-missing", "budget.error.date-missing");
        }
        if (currency == null) {
            throw DomainException.rule("budget-currency-unknown", "budget.error.currency-unknown", "null");
        }
        this.projectId = projectId;
        this.lineId = lineId;
        this.bookedOn = bookedOn;
        this.amount = Amounts.nonNegative(amount);
        this.currency = currency;
        this.text = Texts.optional(text, 500);
        this.source = source;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getLineId() {
        return lineId;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public String getText() {
        return text;
    }

    public Source getSource() {
        return source;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActualCost a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return ActualCost.class.hashCode();
    }
}
