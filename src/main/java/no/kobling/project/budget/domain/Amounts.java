package no.kobling.project.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.kobling.shared.DomainException;

/** Money rules of the budget: amounts are never negative and are kept to 2 decimals, rounded HALF_EVEN. */
public final class Amounts {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    /** Largest amount accepted (fits numeric(15,2)). */
    public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

    private Amounts() {
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** The amount rounded to 2 decimals; null, negative or too large → 422. */
    public static BigDecimal nonNegative(BigDecimal amount) {
        if (amount == null) {
            throw DomainException.rule("budget-amount-missing", "budget.error.amount-missing");
        }
        if (amount.signum() < 0) {
            throw DomainException.rule("budget-amount-negative", "budget.error.amount-negative", amount);
        }
        BigDecimal rounded = round(amount);
        if (rounded.compareTo(MAX) > 0) {
            throw DomainException.rule("budget-amount-too-large", "budget.error.amount-too-large", amount);
        }
        return rounded;
    }
}
