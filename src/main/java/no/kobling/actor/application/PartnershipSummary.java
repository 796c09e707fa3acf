package no.kobling.actor.application;

import java.time.LocalDate;
import no.kobling.actor.MemberRole;

/** A partnership in a list; {@code role} is the role of the organisation the list is about (may be null). */
public record PartnershipSummary(long id, String name, LocalDate startDate, LocalDate endDate, int municipalityCount,
        int memberCount, MemberRole role) {
}
