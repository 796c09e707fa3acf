package no.kobling.project.budget.domain;

import java.util.Locale;
import no.kobling.shared.DomainException;

/** The currencies a project's amounts may be stated in. */
public enum Currency {
    NOK,
    SEK,
    EUR;

    /** Parses a currency code (case-insensitive); anything else is 422 {@code budget-currency-unknown}. */
    public static Currency of(String code) {
        if (code != null) {
            try {
                return valueOf(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // below
            }
        }
        throw DomainException.rule("budget-currency-unknown", "budget.error.currency-unknown", String.valueOf(code));
    }
}
