package no.kobling.geo;

/**
 * A municipality as other modules see it. {@code name} is the official display name (e.g. "Kárášjohka - Karasjok").
 */
public record MunicipalityRef(long id, String countryCode, String code, String name, String regionCode,
        String regionName) {
}
