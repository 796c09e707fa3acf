package no.kobling.actor.web;

import java.util.List;
import java.util.Locale;
import no.kobling.actor.domain.Person;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels templates need that are not message keys: language names come from the JDK's CLDR data in the
 * interface language ({@code ${@actorLabels.language('se')}} is "nordsamisk" in bokmål, "pohjoissaame" in
 * Finnish).
 */
@Component("actorLabels")
public class ActorLabels {

    public String language(String code) {
        Locale ui = LocaleContextHolder.getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(ui);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(ui) + name.substring(1);
    }

    public List<String> languageCodes() {
        return Person.LANGUAGES;
    }
}
