package no.kobling.geo.application;

import java.util.Map;

/**
 * A county, län or maakunta. {@code name} is the official name, {@code localName} the name in the interface language
 * (the official name when the data has none), {@code names} every name by language.
 */
public record RegionSummary(long id, String countryCode, String code, String name, String localName,
        Map<String, String> names, long municipalityCount) {
}
