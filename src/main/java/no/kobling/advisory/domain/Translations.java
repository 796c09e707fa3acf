package no.kobling.advisory.domain;

import java.util.Locale;
import java.util.Map;

/** Picks a name in the locale's language; nynorsk and bokmål stand in for each other, then English, then the code. */
public final class Translations {

    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "nb", "nn", "sv", "fi");

    private Translations() {
    }

    public static String pick(Map<String, String> names, Locale locale, String fallback) {
        String lang = locale == null ? "en" : locale.getLanguage();
        String name = names.get(lang);
        if (name == null && "nn".equals(lang)) {
            name = names.get("nb");
        }
        if (name == null && "nb".equals(lang)) {
            name = names.get("nn");
        }
        if (name == null) {
            name = names.get("en");
        }
        return name == null ? fallback : name;
    }
}
