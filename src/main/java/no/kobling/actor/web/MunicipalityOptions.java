package no.kobling.actor.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.actor.domain.Countries;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Municipalities for select boxes, grouped by county/region ({@code <optgroup>} per region, Norway, Sweden,
 * Finland in that order).
 */
@Component
class MunicipalityOptions {

    private final Geography geography;

    MunicipalityOptions(Geography geography) {
        this.geography = geography;
    }

    /** One group of a select box: a region of a country and its municipalities. */
    record Group(String countryCode, String regionName, List<MunicipalityRef> municipalities) {
    }

    List<Group> groups() {
        Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
        collator.setStrength(Collator.SECONDARY);
        Map<String, List<MunicipalityRef>> byRegion = new LinkedHashMap<>();
        geography.allMunicipalities(null).stream()
                .sorted(Comparator.comparingInt((MunicipalityRef m) -> countryOrder(m.countryCode()))
                        .thenComparing(m -> String.valueOf(m.regionName()), collator)
                        .thenComparing(MunicipalityRef::name, collator))
                .forEach(m -> byRegion.computeIfAbsent(m.countryCode() + "|" + m.regionName(),
                        k -> new ArrayList<>()).add(m));
        return byRegion.values().stream()
                .map(list -> new Group(list.get(0).countryCode(), list.get(0).regionName(), list)).toList();
    }

    private static int countryOrder(String code) {
        int i = Countries.CODES.indexOf(code);
        return i < 0 ? 99 : i;
    }
}
