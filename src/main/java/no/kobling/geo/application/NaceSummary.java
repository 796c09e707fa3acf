package no.kobling.geo.application;

/**
 * A NACE code with its title in the interface language. {@code titleLanguage} says which language the title is in
 * ("en" when the data has no title in the interface language, so pages can mark it with a lang attribute).
 */
public record NaceSummary(String code, int level, String parentCode, String sectionCode, String title,
        String titleLanguage) {
}
