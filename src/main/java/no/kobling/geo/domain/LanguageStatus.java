package no.kobling.geo.domain;

import java.util.Optional;

/** The official language status of a Finnish municipality (Statistics Finland, kielisuhde). */
public enum LanguageStatus {
    FINNISH,
    SWEDISH,
    BILINGUAL_FINNISH_MAJORITY,
    BILINGUAL_SWEDISH_MAJORITY;

    /** Reads the English text of the classification ("Bilingual municipality with Swedish-speaking majority"). */
    public static Optional<LanguageStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        boolean swedish = t.contains("swedish-speaking");
        boolean finnish = t.contains("finnish-speaking");
        if (t.startsWith("bilingual")) {
            return swedish ? Optional.of(BILINGUAL_SWEDISH_MAJORITY)
                    : finnish ? Optional.of(BILINGUAL_FINNISH_MAJORITY) : Optional.empty();
        }
        if (t.startsWith("monolingual")) {
            return swedish ? Optional.of(SWEDISH) : finnish ? Optional.of(FINNISH) : Optional.empty();
        }
        return Optional.empty();
    }
}
