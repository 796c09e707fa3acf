package no.kobling.project;

import java.math.BigDecimal;
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

    /** Totals in {@code currency} (ISO 4217 code). */
    record Figures(String currency, BigDecimal budget, BigDecimal actual, BigDecimal financing) {
    }
}
