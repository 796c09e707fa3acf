package no.kobling.advisory.catalogue.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a service text can be written in (the five interface languages), and the fallback when a text is
 * missing in the reader's language: the requested language, then bokmål, nynorsk, Swedish, English, Finnish.
 */
public final class Languages {

    public static final List<String> CODES = List.of("nb", "nn", "sv", "fi", "en");
    static final List<String> FALLBACK = List.of("nb", "nn", "sv", "en", "fi");

    private Languages() {
    }

    /** The entry for {@code language}, or the first present in the fallback order. */
    public static <T> Optional<T> pick(Map<String, T> byLanguage, String language) {
        if (byLanguage.isEmpty()) {
            return Optional.empty();
        }
        if (language != null && byLanguage.containsKey(language)) {
            return Optional.of(byLanguage.get(language));
        }
        return FALLBACK.stream().filter(byLanguage::containsKey).findFirst().map(byLanguage::get)
                .or(() -> byLanguage.values().stream().findFirst());
    }
}
