package no.kobling.actor.domain;

import java.time.LocalDate;
import no.kobling.shared.DomainException;

/** From a start date to an optional end date (inclusive); the end is never before the start. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (start == null) {
            throw DomainException.rule("partnership-start-required", "actor.error.partnership-start-required");
        }
        if (end != null && end.isBefore(start)) {
            throw DomainException.rule("partnership-period-invalid", "actor.error.partnership-period-invalid",
                    start, end);
        }
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    public boolean isOpenEnded() {
        return end == null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public boolean hasEndedBy(LocalDate day) {
        return end != null && end.isBefore(day);
    }
}
