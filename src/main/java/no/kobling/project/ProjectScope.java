package no.kobling.project;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a project's results are computed over: the partnership it belongs to, the organisations that take part
 * (owner and parties), the municipalities and target groups (codes of the company module's target groups) it covers,
 * its period and its funder organisation (may be {@code null}). {@code endDate} is {@code null} while open-ended.
 */
public record ProjectScope(long id, String name, long partnershipId, long ownerOrganisationId,
        Set<Long> partyOrganisationIds, Set<Long> municipalityIds, Set<String> targetGroupCodes, LocalDate startDate,
        LocalDate endDate, Long funderOrganisationId) {

    public ProjectScope {
        partyOrganisationIds = Set.copyOf(partyOrganisationIds);
        municipalityIds = Set.copyOf(municipalityIds);
        targetGroupCodes = Set.copyOf(targetGroupCodes);
    }
}
