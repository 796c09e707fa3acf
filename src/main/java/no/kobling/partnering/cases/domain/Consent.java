package no.kobling.partnering.cases.domain;

import java.time.LocalDate;
import no.kobling.shared.DomainException;

/** A company's consent to be introduced: who gave it, on which day, and how (e-mail, phone, meeting request...). */
public record Consent(String givenBy, LocalDate givenOn, String how) {

    public static final int TEXT_MAX = 200;

    public Consent {
        givenBy = givenBy == null ? "" : givenBy.strip();
        how = how == null ? "" : how.strip();
        if (givenBy.isEmpty() || givenOn == null || how.isEmpty()) {
            throw DomainException.rule("consent-incomplete", "cases.error.consent-incomplete");
        }
        if (givenBy.length() > TEXT_MAX || how.length() > 300) {
            throw DomainException.rule("consent-too-long", "cases.error.consent-too-long");
        }
    }
}
