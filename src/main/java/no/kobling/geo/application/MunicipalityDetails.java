package no.kobling.geo.application;

import java.util.List;
import no.kobling.geo.domain.LanguageStatus;

/** A municipality with all its names (in a stable order) and, in Finland, its official language status. */
public record MunicipalityDetails(long id, String countryCode, String code, String name, String localName,
        RegionSummary region, List<LocalisedName> names, LanguageStatus languageStatus) {
}
