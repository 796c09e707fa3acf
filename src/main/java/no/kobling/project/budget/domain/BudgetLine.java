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
import no.kobling.shared.DomainException;
import no.kobling.shared.StaleVersionException;

/** A planned cost of a project: one party × category × year, with an amount in a currency. */
@Entity
@Table(name = "project_budget_line")
public class BudgetLine {

    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "party_organisation_id", nullable = false)
    private long partyId;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(length = 500)
    private String note;

    @Version
    private long version;

    protected BudgetLine() {
    }

    public BudgetLine(long projectId, long partyId, long categoryId, int year, BigDecimal amount, Currency currency,
            String note) {
        this.projectId = projectId;
        change(partyId, categoryId, year, amount, currency, note);
    }

    public final void change(long partyId, long categoryId, int year, BigDecimal amount, Currency currency,
            String note) {
        if (year < YEAR_MIN || year > YEAR_MAX) {
            throw DomainException.rule("budget-year-invalid", "budget.error.year-invalid", year);
        }
        if (currency == null) {
            throw DomainException.rule("budget-currency-unknown", "budget.error.currency-unknown", "null");
        }
        this.partyId = partyId;
        this.categoryId = categoryId;
        this.year = year;
        this.amount = Amounts.nonNegative(amount);
        this.currency = currency;
        this.note = Texts.optional(note, 500);
    }

    public void checkVersion(Long expected) {
        StaleVersionException.check("budget-line", id, expected, version);
    }

    public BudgetTotals.Line asLine() {
        return new BudgetTotals.Line(partyId, categoryId, year, amount, currency);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getPartyId() {
        return partyId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetLine b && id != null && id.equals(b.id);
    }

    @Override
    public int hashCode() {
        return BudgetLine.class.hashCode();
    }
}
