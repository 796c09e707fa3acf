package no.kobling.actor.domain;

import java.util.List;
import no.kobling.shared.DomainException;

/** The countries Kobling serves. */
public final class Countries {

    public static final List<String> CODES = List.of("NO", "SE", "FI");

    private Countries() {
    }

    /** The upper-case code if supported; otherwise the rule {@code country-unknown} is broken. */
    public static String require(String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CODES.contains(upper)) {
            throw DomainException.rule("country-unknown", "actor.error.country-unknown", code);
        }
        return upper;
    }
}
