package no.kobling.geo.application;

/** A country with how many regions and municipalities it has. Its name comes from the bundle key country.XX. */
public record CountrySummary(String code, long regionCount, long municipalityCount) {
}
