package no.kobling.indicator.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.kobling.indicator.persistence.IndicatorCatalogueQueries;
import org.springframework.stereotype.Component;

/** The indicator catalogue (reference data): codes, units and their names in every language. */
@Component
public class IndicatorCatalogue {

    private final IndicatorCatalogueQueries queries;
    private volatile List<Indicator> cache;

    IndicatorCatalogue(IndicatorCatalogueQueries queries) {
        this.queries = queries;
    }

    public record Indicator(long id, String code, String unit, Map<String, String> names,
            Map<String, String> unitNames) {

        public String name(Locale locale) {
            return pick(names, locale, code);
        }

        public String unitName(Locale locale) {
            return pick(unitNames, locale, unit.toLowerCase(Locale.ROOT));
        }

        private static String pick(Map<String, String> texts, Locale locale, String fallback) {
            String lang = locale == null ? "en" : locale.getLanguage();
            if ("no".equals(lang)) {
                lang = "nb";
            }
            return texts.getOrDefault(lang, texts.getOrDefault("en", fallback));
        }
    }

    public List<Indicator> all() {
        List<Indicator> list = cache;
        if (list == null) {
            list = queries.all().stream().map(r -> new Indicator(r.id(), r.code(), r.unit(), r.names(),
                    r.unitNames())).toList();
            cache = list;
        }
        return list;
    }

    public Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
