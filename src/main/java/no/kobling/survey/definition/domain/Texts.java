package no.kobling.survey.definition.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Texts per language: keys lower-cased, blank texts dropped, the rest stripped. */
public final class Texts {

    private Texts() {
    }

    public static Map<String, String> copy(Map<String, String> texts) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    copy.put(language.strip().toLowerCase(Locale.ROOT), text.strip());
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
