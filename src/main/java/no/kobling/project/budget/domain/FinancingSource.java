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

/** A source of a project's financing: a kind (funder), optionally the party that brings it, and an amount. */
@Entity
@Table(name = "project_budget_financing")
public class FinancingSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "kind_id", nullable = false)
    private long kindId;

    @Column(name = "party_organisation_id")
    private Long partyId;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(length = 500)
    private String note;

    @Version
    private long version;

    protected FinancingSource() {
    }

    public FinancingSource(long projectId, long kindId, Long partyId, BigDecimal amount, Currency currency,
            String note) {
        this.projectId = projectId;
        change(kindId, partyId, amount, currency, note);
    }

    public final void change(long kindId, Long partyId, BigDecimal amount, Currency currency, String note) {
        if (currency == null) {
            throw DomainException.rule("budget-currency-unknown", "budget.error.currency-unknown", "null");
        }
        this.kindId = kindId;
        this.partyId = partyId;
        this.amount = Amounts.nonNegative(amount);
        this.currency = currency;
        this.note = Texts.optional(note, 500);
    }

    public void checkVersion(Long expected) {
        StaleVersionException.check("financing", id, expected, version);
    }

    public BudgetTotals.Source asSource() {
        return new BudgetTotals.Source(kindId, partyId, amount, currency);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getKindId() {
        return kindId;
    }

    public Long getPartyId() {
        return partyId;
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
        return o instanceof FinancingSource f && id != null && id.equals(f.id);
    }

    @Override
    public int hashCode() {
        return FinancingSource.class.hashCode();
    }
}
