package no.kobling.geo;

/**
 * A NACE Rev. 2 code as other modules see it: level 1 section (J), 2 division (62), 3 group (62.0), 4 class (62.01).
 * {@code title} is in the requested interface language, or English ({@code titleLanguage} "en") where the data has
 * none.
 */
public record NaceRef(String code, int level, String parentCode, String sectionCode, String title,
        String titleLanguage) {
}
