package no.kobling.project.plan.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A project as it is created or edited. {@code ownerOrganisationId} null means the caller's organisation;
 * {@code parties} are the partner organisations besides the owner, with their responsibilities (on edit: parties
 * left out are removed, i.e. archived when in use). {@code typeId} is ignored on edit.
 */
public record ProjectData(String name, Long typeId, Long partnershipId, Long ownerOrganisationId,
        Long funderOrganisationId, LocalDate startDate, LocalDate endDate, String goals, String description,
        Set<Long> municipalityIds, Set<String> targetGroupCodes, List<PartyData> parties) {

    public ProjectData {
        municipalityIds = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
        targetGroupCodes = targetGroupCodes == null ? Set.of() : Set.copyOf(targetGroupCodes);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** A party organisation with its responsibilities. */
    public record PartyData(long organisationId, String responsibilities) {
    }
}
