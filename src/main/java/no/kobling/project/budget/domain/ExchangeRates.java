package no.kobling.project.budget.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.kobling.shared.DomainException;

/**
 * The project currency and the rates the coordinator stated for the other currencies: one unit of the other currency
 * is {@code rate} units of the project currency. A converted amount is rounded to 2 decimals HALF_EVEN.
 */
public record ExchangeRates(Currency projectCurrency, Map<Currency, BigDecimal> rates) {

    public ExchangeRates {
        if (projectCurrency == null) {
            throw DomainException.rule("budget-currency-unknown", "budget.error.currency-unknown", "null");
        }
        Map<Currency, BigDecimal> copy = new EnumMap<>(Currency.class);
        rates.forEach((c, r) -> {
            if (c != projectCurrency && r != null) {
                copy.put(c, r);
            }
        });
        rates = Map.copyOf(copy);
    }

    public static ExchangeRates only(Currency projectCurrency) {
        return new ExchangeRates(projectCurrency, Map.of());
    }

    /** The amount in the project currency; an amount in a currency without a stated rate → 422. */
    public BigDecimal toProject(BigDecimal amount, Currency currency) {
        if (currency == projectCurrency) {
            return Amounts.round(amount);
        }
        BigDecimal rate = rates.get(currency);
        if (rate == null) {
            throw missing(Set.of(currency));
        }
        return Amounts.round(amount.multiply(rate));
    }

    /** 422 {@code budget-rate-missing} unless every currency has a rate (or is the project currency). */
    public void requireRates(Collection<Currency> currencies) {
        Set<Currency> missing = new TreeSet<>();
        for (Currency c : currencies) {
            if (c != projectCurrency && !rates.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw missing(missing);
        }
    }

    private DomainException missing(Set<Currency> currencies) {
        return DomainException.rule("budget-rate-missing", "budget.error.rate-missing",
                String.join(", ", currencies.stream().map(Enum::name).toList()), projectCurrency.name());
    }
}
