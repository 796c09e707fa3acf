package no.kobling.advisory.catalogue.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.kobling.shared.DomainException;

/** Hours in tenths (0.5 h steps and the like): positive, at most {@code max}. */
public final class Hours {

    private Hours() {
    }

    public static BigDecimal positive(BigDecimal hours, BigDecimal max) {
        if (hours == null || hours.signum() <= 0) {
            throw DomainException.rule("hours-not-positive", "catalogue.error.hours-not-positive");
        }
        if (hours.compareTo(max) > 0) {
            throw DomainException.rule("hours-too-many", "catalogue.error.hours-too-many", max);
        }
        return hours.setScale(1, RoundingMode.HALF_UP);
    }
}
