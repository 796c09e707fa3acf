package no.kobling.actor;

import java.util.Set;

/**
 * A person with the mentor/expert role as other modules see them (expert finder): languages are ISO 639-1 codes,
 * competences codes of the competence taxonomy; {@code countryCode} is their organisation's country.
 */
public record ExpertRef(long personId, String name, long organisationId, String organisationName,
        String countryCode, Long homeMunicipalityId, Set<String> languages, Set<String> competences, Long userId) {

    public ExpertRef {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        competences = competences == null ? Set.of() : Set.copyOf(competences);
    }
}
