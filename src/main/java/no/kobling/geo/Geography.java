package no.kobling.geo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Facade of the geo module for other modules. Reference data: readable by every signed-in user. */
public interface Geography {

    Optional<MunicipalityRef> municipality(long id);

    /** By country (NO, SE, FI) and national code ("1508", "2584", "853"). */
    Optional<MunicipalityRef> municipalityByCode(String countryCode, String code);

    List<MunicipalityRef> municipalities(Collection<Long> ids);

    /** All municipalities of a country (all countries when null), sorted by name, e.g. for a select box. */
    List<MunicipalityRef> allMunicipalities(String countryCode);

    /** The municipalities of a county/region (by its id), sorted by name; empty for an unknown region. */
    List<MunicipalityRef> municipalitiesOfRegion(long regionId);

    /**
     * A NACE code on any level with its title in {@code lang} (nb, nn, sv, fi, en); empty for an unknown code.
     */
    Optional<NaceRef> nace(String code, String lang);

    /** The direct children of a NACE code in hierarchy order (empty for a class or an unknown code). */
    List<NaceRef> naceChildren(String code, String lang);
}
