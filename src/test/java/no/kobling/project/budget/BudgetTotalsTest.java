package no.kobling.project.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import no.kobling.project.budget.domain.BudgetTotals;
import no.kobling.project.budget.domain.BudgetTotals.Line;
import no.kobling.project.budget.domain.BudgetTotals.Source;
import no.kobling.project.budget.domain.Currency;
import no.kobling.project.budget.domain.ExchangeRates;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The calculator against sums this test computes by hand (cents as long integers). */
class BudgetTotalsTest {

    static final ExchangeRates RATES = new ExchangeRates(Currency.NOK,
            Map.of(Currency.SEK, new BigDecimal("0.98"), Currency.EUR, new BigDecimal("11.725")));

    @Test
    void totalsPerPartyCategoryYearInTheProjectCurrency() {
        List<Line> lines = List.of(
                new Line(1, 10, 2026, new BigDecimal("100000.00"), Currency.NOK),
                new Line(1, 11, 2026, new BigDecimal("5000.50"), Currency.SEK),
                new Line(2, 10, 2027, new BigDecimal("1234.57"), Currency.EUR),
                new Line(2, 12, 2026, new BigDecimal("0.01"), Currency.EUR),
                new Line(3, 10, 2027, new BigDecimal("333.33"), Currency.SEK));
        // by hand: 5000.50 SEK * 0.98 = 4900.49 ; 1234.57 EUR * 11.725 = 14475.33325 -> 14475.33 ;
        // 0.01 * 11.725 = 0.11725 -> 0.12 ; 333.33 * 0.98 = 326.6634 -> 326.66
        long p1 = 10_000_000 + 490_049;
        long p2 = 1_447_533 + 12;
        long p3 = 32_666;
        var b = BudgetTotals.budget(lines, RATES);
        assertThat(b.byParty()).containsEntry(1L, cents(p1)).containsEntry(2L, cents(p2)).containsEntry(3L, cents(p3));
        assertThat(b.byCategory()).containsEntry(10L, cents(10_000_000 + 1_447_533 + 32_666))
                .containsEntry(11L, cents(490_049)).containsEntry(12L, cents(12));
        assertThat(b.byYear()).containsEntry(2026, cents(10_000_000 + 490_049 + 12))
                .containsEntry(2027, cents(1_447_533 + 32_666));
        assertThat(b.total()).isEqualTo(cents(p1 + p2 + p3));
        assertThat(b.currency()).isEqualTo(Currency.NOK);
    }

    @Test
    void halfEvenRounding() {
        // 0.125 NOK-equivalent rounds to 0.12 (even), 0.135 to 0.14
        var r = new ExchangeRates(Currency.NOK, Map.of(Currency.EUR, new BigDecimal("12.5")));
        var b = BudgetTotals.budget(List.of(new Line(1, 1, 2026, new BigDecimal("0.01"), Currency.EUR)), r);
        assertThat(b.total()).isEqualTo(new BigDecimal("0.12"));
        var r2 = new ExchangeRates(Currency.NOK, Map.of(Currency.EUR, new BigDecimal("13.5")));
        assertThat(BudgetTotals.budget(List.of(new Line(1, 1, 2026, new BigDecimal("0.01"), Currency.EUR)), r2)
                .total()).isEqualTo(new BigDecimal("0.14"));
    }

    @Test
    void aMixedTotalWithoutARateIsRefused() {
        var onlyNok = ExchangeRates.only(Currency.NOK);
        assertThatThrownBy(() -> BudgetTotals.budget(List.of(new Line(1, 1, 2026, BigDecimal.TEN, Currency.NOK),
                new Line(1, 1, 2026, BigDecimal.ONE, Currency.SEK)), onlyNok))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("budget-rate-missing");
                    assertThat(e.status()).isEqualTo(422);
                });
        assertThatThrownBy(() -> BudgetTotals.financing(List.of(new Source(1, null, BigDecimal.ONE, Currency.EUR)),
                onlyNok)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("budget-rate-missing"));
    }

    @Test
    void financingByKindAndPartyAndBalance() {
        List<Source> sources = List.of(new Source(7, null, new BigDecimal("50000"), Currency.NOK),
                new Source(8, 1L, new BigDecimal("1000"), Currency.EUR),
                new Source(8, 2L, new BigDecimal("250.25"), Currency.SEK));
        var f = BudgetTotals.financing(sources, RATES);
        long eur = 1_172_500; // 1000 * 11.725
        long sek = 24_525; // 250.25 * 0.98 = 245.245 -> 245.24 (half even)
        assertThat(f.byKind()).containsEntry(7L, cents(5_000_000)).containsEntry(8L, cents(eur + sek - 1));
        assertThat(f.byParty()).containsEntry(1L, cents(eur)).containsEntry(2L, cents(24_524)).doesNotContainKey(null);
        assertThat(f.total()).isEqualTo(cents(5_000_000 + eur + 24_524));

        var budget = BudgetTotals.budget(List.of(new Line(1, 1, 2026, new BigDecimal("50000"), Currency.NOK)),
                RATES);
        assertThatThrownBy(() -> BudgetTotals.requireBalanced(budget, f))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("budget-not-balanced");
                    assertThat(e.args()).contains("50000.00", cents(5_000_000 + eur + 24_524).toPlainString());
                });
        var equal = BudgetTotals.financing(List.of(new Source(7, null, new BigDecimal("50000.00"), Currency.NOK)),
                RATES);
        BudgetTotals.requireBalanced(budget, equal);
    }

    @Test
    void inKindValue() {
        assertThat(BudgetTotals.inKindValue(new BigDecimal("7.5"), new BigDecimal("650"))).isEqualTo(cents(487_500));
        assertThat(BudgetTotals.inKindValue(new BigDecimal("0.25"), new BigDecimal("0.5"))).isEqualTo(cents(12));
    }

    static BigDecimal cents(long c) {
        return BigDecimal.valueOf(c).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.UNNECESSARY);
    }
}
