package no.kobling.geo.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.kobling.geo.Geography;
import no.kobling.shared.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @naceLabels}): a NACE code shown by its title in the interface language, with the code
 * beside it ("62.01 Programmeringstjenester"); the bare code only when the code is unknown. The NACE reference data is
 * written only by migrations, before the application starts, so a title found once is kept (at most the ~1,000 codes
 * per language): a list page asks for the title of every option of its industry facet.
 */
@Component("naceLabels")
public class NaceLabels {

    private final Geography geography;
    /** Known titles by language and code ("nb:J"); an unknown code is not kept. */
    private final Map<String, String> titles = new ConcurrentHashMap<>();

    NaceLabels(Geography geography) {
        this.geography = geography;
    }

    /** "62.01 Programmeringstjenester"; null for null. */
    public String label(String code) {
        String title = title(code);
        return code == null ? null : title == null ? code : code + " " + title;
    }

    /** The title alone ("Informasjon og kommunikasjon" for section J); null for an unknown code. */
    public String title(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String lang = Formats.language(LocaleContextHolder.getLocale());
        String key = lang + ":" + code.trim();
        String title = titles.get(key);
        if (title == null) {
            title = geography.nace(code.trim(), lang).map(n -> n.title()).orElse(null);
            if (title != null) {
                titles.put(key, title);
            }
        }
        return title;
    }
}
