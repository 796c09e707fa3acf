package no.kobling.geo.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which stored name of a place suits an interface language, and in which order a place's names are shown. */
final class PlaceNames {

    /** Keys of the stored names, in the order pages and the API list them. */
    static final List<String> ORDER = List.of("official", "nb", "se", "smj", "sma", "fkv", "sv", "fi", "en");

    private PlaceNames() {
    }

    /** The name in the interface language (nynorsk falls back to the Norwegian name), or null if there is none. */
    static String in(Map<String, String> names, String lang) {
        for (String l : "nn".equals(lang) ? List.of("nn", "nb") : List.of(lang == null ? "nb" : lang)) {
            String n = names.get(l);
            if (n != null && !n.isBlank()) {
                return n;
            }
        }
        return null;
    }

    /** The name in the interface language when it is not the display name already. */
    static String ifDifferent(Map<String, String> names, String lang, String displayName) {
        String n = in(names, lang);
        return n == null || n.equals(displayName) ? null : n;
    }

    /** BCP 47 tag of a stored name's language, for the HTML lang attribute; null for the official (mixed) form. */
    static String htmlLang(String key) {
        return switch (key) {
            case "official" -> null;
            case "nb" -> "no";
            default -> key;
        };
    }

    static List<LocalisedName> ordered(Map<String, String> names) {
        List<LocalisedName> list = new ArrayList<>();
        for (String key : ORDER) {
            String n = names.get(key);
            if (n != null && !n.isBlank()) {
                list.add(new LocalisedName(key, htmlLang(key), n));
            }
        }
        names.keySet().stream().filter(k -> !ORDER.contains(k)).sorted()
                .forEach(k -> list.add(new LocalisedName(k, htmlLang(k), names.get(k))));
        return list;
    }
}
