package no.kobling.actor;

import java.util.Set;

/**
 * Everything that describes a person in the network; used to create and change one. {@code languages} are ISO
 * 639-1 codes, {@code competences} codes of the competence taxonomy.
 */
public record PersonData(String name, Set<NetworkRole> roles, Long organisationId, Long homeMunicipalityId,
        Set<String> languages, Set<String> competences, String email, String phone, boolean sharedWithPartnerships,
        Long userId) {

    public PersonData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        competences = competences == null ? Set.of() : Set.copyOf(competences);
    }
}
