package no.kobling.project.budget.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pure calculator of a project's totals in the project currency. Each amount is converted with the stated rate and
 * rounded to 2 decimals (HALF_EVEN) before it is added; an amount in a currency without a rate → 422
 * {@code budget-rate-missing}. Keys of the maps are ids (party, category, financing kind) or years.
 */
public final class BudgetTotals {

    /** One budget line as the calculator needs it. */
    public record Line(long partyId, long categoryId, int year, BigDecimal amount, Currency currency) {
    }

    /** One financing source (partyId may be null); in-kind hours are given as a source with their value. */
    public record Source(long kindId, Long partyId, BigDecimal amount, Currency currency) {
    }

    /** One actual cost, counted against its budget line's party, category and year. */
    public record Actual(long lineId, long partyId, long categoryId, int year, BigDecimal amount, Currency currency) {
    }

    /** The budget side: totals per party, category and year, and the grand total. */
    public record Budget(Currency currency, Map<Long, BigDecimal> byParty, Map<Long, BigDecimal> byCategory,
            Map<Integer, BigDecimal> byYear, BigDecimal total) {
    }

    /** The financing side: totals per kind and per party (sources with a party), and the grand total. */
    public record Financing(Currency currency, Map<Long, BigDecimal> byKind, Map<Long, BigDecimal> byParty,
            BigDecimal total) {
    }

    private BudgetTotals() {
    }

    public static Budget budget(Collection<Line> lines, ExchangeRates rates) {
        rates.requireRates(lines.stream().map(Line::currency).toList());
        Map<Long, BigDecimal> byParty = new TreeMap<>();
        Map<Long, BigDecimal> byCategory = new TreeMap<>();
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        BigDecimal total = zero();
        for (Line l : lines) {
            BigDecimal v = rates.toProject(l.amount(), l.currency());
            byParty.merge(l.partyId(), v, BigDecimal::add);
            byCategory.merge(l.categoryId(), v, BigDecimal::add);
            byYear.merge(l.year(), v, BigDecimal::add);
            total = total.add(v);
        }
        return new Budget(rates.projectCurrency(), byParty, byCategory, byYear, total);
    }

    public static Financing financing(Collection<Source> sources, ExchangeRates rates) {
        rates.requireRates(sources.stream().map(Source::currency).toList());
        Map<Long, BigDecimal> byKind = new TreeMap<>();
        Map<Long, BigDecimal> byParty = new TreeMap<>();
        BigDecimal total = zero();
        for (Source s : sources) {
            BigDecimal v = rates.toProject(s.amount(), s.currency());
            byKind.merge(s.kindId(), v, BigDecimal::add);
            if (s.partyId() != null) {
                byParty.merge(s.partyId(), v, BigDecimal::add);
            }
            total = total.add(v);
        }
        return new Financing(rates.projectCurrency(), byKind, byParty, total);
    }

    /** Actual costs summed in the project currency per key (e.g. per budget line id). */
    public static <T> Map<T, BigDecimal> sum(Collection<Actual> actuals, Function<Actual, T> key,
            ExchangeRates rates) {
        rates.requireRates(actuals.stream().map(Actual::currency).toList());
        Map<T, BigDecimal> out = new java.util.HashMap<>();
        for (Actual a : actuals) {
            out.merge(key.apply(a), rates.toProject(a.amount(), a.currency()), BigDecimal::add);
        }
        return out;
    }

    /** The value of in-kind hours: hours × rate, rounded to 2 decimals HALF_EVEN. */
    public static BigDecimal inKindValue(BigDecimal hours, BigDecimal ratePerHour) {
        return Amounts.round(hours.multiply(ratePerHour));
    }

    /** Budget and financing must be equal in the project currency; else 422 {@code budget-not-balanced}. */
    public static void requireBalanced(Budget budget, Financing financing) {
        if (budget.total().compareTo(financing.total()) != 0) {
            throw no.kobling.shared.DomainException.rule("budget-not-balanced", "budget.error.not-balanced",
                    budget.total().toPlainString(), financing.total().toPlainString(), budget.currency().name());
        }
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(Amounts.SCALE);
    }
}
