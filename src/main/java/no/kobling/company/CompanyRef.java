package no.kobling.company;

import java.util.Set;

/** A company as other modules see it: identity, place, industry and target-group codes. */
public record CompanyRef(long id, String countryCode, String orgNumber, String name, Long municipalityId,
        String naceCode, Set<String> targetGroups) {

    public CompanyRef {
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }
}
