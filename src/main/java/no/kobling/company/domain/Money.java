package no.kobling.company.domain;

import java.util.Set;

/** The currencies yearly figures are kept in. */
public final class Money {

    public static final Set<String> CURRENCIES = Set.of("NOK", "SEK", "EUR");

    private Money() {
    }

    public static String defaultCurrency(String countryCode) {
        if ("SE".equals(countryCode)) {
            return "SEK";
        }
        return "FI".equals(countryCode) ? "EUR" : "NOK";
    }
}
