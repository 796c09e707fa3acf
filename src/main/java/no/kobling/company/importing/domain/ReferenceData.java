package no.kobling.company.importing.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Municipalities and NACE classes the importer resolves codes against. Keys: {@code "NO:0301"} for codes,
 * {@code "FI:espoo"} (lower case) for names; NACE classes as {@code "62.01"}.
 */
public record ReferenceData(Map<String, Long> municipalityByCode, Map<String, Long> municipalityByName,
        Set<String> naceClasses) {

    public Long byCode(String country, String code) {
        return municipalityByCode.get(country + ":" + code);
    }

    public Long byName(String country, String name) {
        return municipalityByName.get(country + ":" + name.strip().toLowerCase(Locale.ROOT));
    }
}
