package no.kobling.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project's budget against its actuals as aggregates only (the funder's view, issue 14 point 5): totals in the
 * project currency, no lines, parties or postings. For anyone who may see the project ({@link Projects#scope}); a
 * project the caller may not see answers 404.
 */
public interface FundingFigures {

    /**
     * The totals, or empty while they cannot be computed (no budget currency, or a currency without a stated rate).
     */
    Optional<Figures> figures(long projectId);

    /**
     * Budget and actual costs per cost category for a report period (issue 14 point 4), in the project currency:
     * each category's budget (all its lines, every year), its actual costs booked from {@code from} to {@code to}
     * (both days included) and those booked up to {@code to} (cumulative). Categories with neither budget nor actual
     * costs are left out. Empty while the totals cannot be computed (as {@link #figures}).
     */
    Optional<PeriodFigures> byCategory(long projectId, LocalDate from, LocalDate to);

    /** A cost category's figures: {@code code} as in the reference list, {@code name} in the caller's language. */
    record CategoryFigures(String code, String name, BigDecimal budget, BigDecimal actualPeriod,
            BigDecimal actualCumulative) {
    }

    /** The period's figures per category in {@code currency} (ISO 4217 code). */
    record PeriodFigures(String currency, List<CategoryFigures> categories) {
    }

    /** Totals in {@code currency} (ISO 4217 code). */
    record Figures(String currency, BigDecimal budget, BigDecimal actual, BigDecimal financing) {
    }
}
