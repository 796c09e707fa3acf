package no.kobling.project.budget.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.kobling.shared.DomainException;
import no.kobling.shared.StaleVersionException;

/**
 * The economic settings of one project: its currency, the exchange rates stated for the other currencies, and the
 * date of its project agreement. A project without a row uses NOK and no rates.
 */
@Entity
@Table(name = "project_budget_economy")
public class ProjectEconomy {

    public static final BigDecimal RATE_MAX = new BigDecimal("1000000");

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_budget_rate", joinColumns = @JoinColumn(name = "project_id"))
    private List<StatedRate> rates = new ArrayList<>();

    @Column(name = "agreement_date")
    private LocalDate agreementDate;

    @Version
    private long version;

    protected ProjectEconomy() {
    }

    public ProjectEconomy(long projectId) {
        this.projectId = projectId;
        this.currency = Currency.NOK;
    }

    /** Sets the project currency and the rates (a rate for the project currency itself is ignored). */
    public void state(Currency projectCurrency, List<StatedRate> newRates) {
        if (projectCurrency == null) {
            throw DomainException.rule("budget-currency-unknown", "budget.error.currency-unknown", "null");
        }
        Map<Currency, StatedRate> byCurrency = new EnumMap<>(Currency.class);
        for (StatedRate r : newRates) {
            if (r.getCurrency() == null || r.getCurrency() == projectCurrency) {
                continue;
            }
            if (r.getRate() == null || r.getRate().signum() <= 0 || r.getRate().compareTo(RATE_MAX) > 0) {
                throw DomainException.rule("budget-rate-invalid", "budget.error.rate-invalid",
                        r.getCurrency().name());
            }
            byCurrency.put(r.getCurrency(), new StatedRate(r.getCurrency(), r.getRate(), r.getRateDate(),
                    Texts.optional(r.getSource(), 200)));
        }
        this.currency = projectCurrency;
        this.rates.clear();
        this.rates.addAll(byCurrency.values());
    }

    public void agreedOn(LocalDate date) {
        this.agreementDate = date;
    }

    public void checkVersion(Long expected) {
        StaleVersionException.check("budget-settings", projectId, expected, version);
    }

    public ExchangeRates exchangeRates() {
        Map<Currency, BigDecimal> map = new EnumMap<>(Currency.class);
        rates.forEach(r -> map.put(r.getCurrency(), r.getRate()));
        return new ExchangeRates(currency, map);
    }

    public Long getProjectId() {
        return projectId;
    }

    public Currency getCurrency() {
        return currency;
    }

    public List<StatedRate> getRates() {
        return List.copyOf(rates);
    }

    public LocalDate getAgreementDate() {
        return agreementDate;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectEconomy e && projectId != null && projectId.equals(e.projectId);
    }

    @Override
    public int hashCode() {
        return ProjectEconomy.class.hashCode();
    }
}
