package no.kobling.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The five interface languages: Norwegian bokmål and nynorsk, Swedish, Finnish, English. */
public final class SupportedLocales {

    public static final List<Locale> ALL = List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"),
            Locale.forLanguageTag("sv"), Locale.forLanguageTag("fi"), Locale.forLanguageTag("en"));
    public static final Locale DEFAULT = ALL.get(0);

    private SupportedLocales() {
    }

    /** Maps a tag to a supported locale ("no" and "nb-NO" to nb, "sv-FI" to sv), if any. */
    public static Optional<Locale> match(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        if ("no".equals(language)) {
            language = "nb";
        }
        String lang = language;
        return ALL.stream().filter(l -> l.getLanguage().equals(lang)).findFirst();
    }
}
