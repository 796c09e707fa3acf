package no.kobling.project.plan.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.shared.DomainException;

/** Names in the five languages: the viewer's language first, Bokmål and Nynorsk for each other, else English. */
public final class Names {

    public static final List<String> LANGUAGES = List.of("en", "nb", "nn", "sv", "fi");

    private Names() {
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

    /** Names of the known languages, trimmed; English is required ({@code project-type-name-missing}). */
    public static Map<String, String> clean(Map<String, String> names) {
        java.util.Map<String, String> clean = new java.util.LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String name = names == null ? null : names.get(lang);
            if (name != null && !name.isBlank()) {
                clean.put(lang, name.strip().length() > 300 ? name.strip().substring(0, 300) : name.strip());
            }
        }
        if (!clean.containsKey("en")) {
            throw DomainException.rule("project-type-name-missing", "project.error.type-name-missing");
        }
        return clean;
    }
}
