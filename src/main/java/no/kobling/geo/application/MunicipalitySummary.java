package no.kobling.geo.application;

/**
 * A municipality in a list. {@code name} is the official display name, {@code localName} the name in the interface
 * language where the data has one and it differs from the display name (else null).
 */
public record MunicipalitySummary(long id, String countryCode, String code, String name, String localName,
        long regionId, String regionCode, String regionName) {
}
