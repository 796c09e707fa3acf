package no.kobling.project.budget.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.kobling.project.budget.domain.Currency;

/** What the budget pages and the API show. Amounts in the project currency are named {@code ...InProjectCurrency}. */
public final class BudgetViews {

    private BudgetViews() {
    }

    public record RateView(Currency currency, BigDecimal rate, LocalDate rateDate, String source) {
    }

    public record Settings(long projectId, Currency currency, List<RateView> rates, long version) {
    }

    public record LineView(long id, long partyOrganisationId, String partyName, long categoryId, String categoryName,
            int year, BigDecimal amount, Currency currency, String note, BigDecimal actual, long version) {
    }

    public record SourceView(Long id, long kindId, String kindName, Long partyOrganisationId, String partyName,
            BigDecimal amount, Currency currency, String note, boolean fromHours, BigDecimal hours, long version) {
    }

    public record ActualView(long id, long lineId, long partyOrganisationId, String partyName, long categoryId,
            String categoryName, int year, LocalDate date, BigDecimal amount, Currency currency, String text,
            String source) {
    }

    public record Total(long id, String name, BigDecimal amount) {
    }

    public record YearTotal(int year, BigDecimal amount) {
    }

    /** Planned against actual per party, in the project currency. */
    public record PartyTotal(long partyOrganisationId, String partyName, BigDecimal budget, BigDecimal actual,
            BigDecimal financing) {
    }

    /**
     * Totals in the project currency; {@code rateMissing} names the currencies without a stated rate (then the
     * amounts are null and the API answers 422 {@code budget-rate-missing}).
     */
    public record Totals(Currency currency, List<PartyTotal> byParty, List<Total> byCategory, List<YearTotal> byYear,
            List<Total> financingByKind, BigDecimal budgetTotal, BigDecimal actualTotal, BigDecimal financingTotal,
            BigDecimal difference, boolean balanced) {
    }

    public record BudgetOverview(Settings settings, List<LineView> lines, Totals totals) {
    }

    public record FinancingOverview(Settings settings, List<SourceView> sources, Totals totals) {
    }
}
