package no.kobling.geo.web;

import no.kobling.geo.Geography;
import no.kobling.shared.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @naceLabels}): a NACE code shown by its title in the interface language, with the code
 * beside it ("62.01 Programmeringstjenester"); the bare code only when the code is unknown.
 */
@Component("naceLabels")
public class NaceLabels {

    private final Geography geography;

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
        return geography.nace(code.trim(), Formats.language(LocaleContextHolder.getLocale()))
                .map(n -> n.title()).orElse(null);
    }
}
