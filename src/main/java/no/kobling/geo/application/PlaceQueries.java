package no.kobling.geo.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.geo.domain.Country;
import no.kobling.geo.domain.LanguageStatus;
import no.kobling.geo.domain.Municipality;
import no.kobling.geo.domain.Region;
import no.kobling.geo.persistence.CountryRepository;
import no.kobling.geo.persistence.MunicipalityRepository;
import no.kobling.geo.persistence.RegionRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countries, regions and municipalities for pages and the API, with names in the caller's interface language
 * ({@code lang}: nb, nn, sv, fi, en). Reference data: every signed-in user may read it.
 */
@Service
@Transactional(readOnly = true)
public class PlaceQueries {

    /** Sort keys a municipality list accepts. */
    public static final Set<String> MUNICIPALITY_SORTS = Set.of(PlaceSearch.SORT_NAME, PlaceSearch.SORT_CODE,
            PlaceSearch.SORT_RELEVANCE);

    private final CountryRepository countries;
    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final PlaceSearch search;

    PlaceQueries(CountryRepository countries, RegionRepository regions, MunicipalityRepository municipalities,
            PlaceSearch search) {
        this.countries = countries;
        this.regions = regions;
        this.municipalities = municipalities;
        this.search = search;
    }

    /** The default sort of a municipality list: by relevance while searching, else by name. */
    public static String defaultSort(String text) {
        return text == null || text.isBlank() ? PlaceSearch.SORT_NAME : PlaceSearch.SORT_RELEVANCE;
    }

    public List<CountrySummary> countries() {
        Map<String, Long> regionCounts = regions.findAll().stream()
                .collect(Collectors.groupingBy(Region::getCountryCode, Collectors.counting()));
        return countries.findAllByOrderBySortOrderAsc().stream().map(c -> new CountrySummary(c.getCode(),
                regionCounts.getOrDefault(c.getCode(), 0L), municipalities.countByCountryCode(c.getCode()))).toList();
    }

    public List<String> countryCodes() {
        return countries.findAllByOrderBySortOrderAsc().stream().map(Country::getCode).toList();
    }

    /**
     * The country code in upper case, or null for blank (= any country).
     *
     * @throws DomainException {@code unknown-country} for a code the platform does not cover
     */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!countries.existsById(c)) {
            throw DomainException.rule("unknown-country", "geo.error.unknown-country", code.trim());
        }
        return c;
    }

    /** Regions of a country (all countries when null), in country order and then by code. */
    public List<RegionSummary> regions(String countryCode, String lang) {
        String country = country(countryCode);
        Map<Long, Long> counts = municipalityCounts();
        List<Region> list = country == null ? regionsInCountryOrder() : regions.findByCountryCodeOrderByCodeAsc(country);
        return list.stream().map(r -> region(r, lang, counts.getOrDefault(r.getId(), 0L))).toList();
    }

    /** Regions grouped by country code, countries in their order (for a select with optgroups). */
    public Map<String, List<RegionSummary>> regionsByCountry(String lang) {
        return regions(null, lang).stream().collect(Collectors.groupingBy(RegionSummary::countryCode,
                LinkedHashMap::new, Collectors.toList()));
    }

    public Optional<RegionSummary> region(long id, String lang) {
        return regions.findById(id).map(r -> region(r, lang, municipalityCounts().getOrDefault(r.getId(), 0L)));
    }

    /**
     * Municipalities whose names (any language, diacritics optional, prefixes) match {@code text}, in a country
     * and/or region (null = any).
     */
    public Page<MunicipalitySummary> municipalities(String text, String countryCode, Long regionId,
            Pageable pageable, String lang) {
        return search.municipalities(text, country(countryCode), regionId, pageable).map(m -> summary(m, lang));
    }

    /** @throws NotFoundException when there is no such municipality */
    public MunicipalityDetails municipality(long id, String lang) {
        return municipalities.findById(id).map(m -> details(m, lang))
                .orElseThrow(() -> new NotFoundException("municipality", id));
    }

    /** By country and national code ("NO", "5610"). @throws NotFoundException when there is none */
    public MunicipalityDetails municipalityByCode(String countryCode, String code, String lang) {
        String country = countryCode == null ? "" : countryCode.trim().toUpperCase(java.util.Locale.ROOT);
        String c = code == null ? "" : code.trim();
        return municipalities.findByCountryCodeAndCode(country, c).map(m -> details(m, lang))
                .orElseThrow(() -> new NotFoundException("municipality", country + " " + c));
    }

    private List<Region> regionsInCountryOrder() {
        Map<String, Integer> order = countries.findAll().stream()
                .collect(Collectors.toMap(Country::getCode, Country::getSortOrder));
        return regions.findAllByOrderByCountryCodeAscCodeAsc().stream()
                .sorted(java.util.Comparator.comparing((Region r) -> order.getOrDefault(r.getCountryCode(), 99))
                        .thenComparing(Region::getCode))
                .toList();
    }

    private Map<Long, Long> municipalityCounts() {
        return regions.municipalityCounts().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    static RegionSummary region(Region r, String lang, long municipalityCount) {
        String local = PlaceNames.in(r.getNames(), lang);
        return new RegionSummary(r.getId(), r.getCountryCode(), r.getCode(), r.getName(),
                local == null ? r.getName() : local, orderedMap(r.getNames()), municipalityCount);
    }

    static MunicipalitySummary summary(Municipality m, String lang) {
        Region r = m.getRegion();
        String regionName = Optional.ofNullable(PlaceNames.in(r.getNames(), lang)).orElse(r.getName());
        return new MunicipalitySummary(m.getId(), m.getCountryCode(), m.getCode(), m.getName(),
                PlaceNames.ifDifferent(m.getNames(), lang, m.getName()), r.getId(), r.getCode(), regionName);
    }

    private MunicipalityDetails details(Municipality m, String lang) {
        long count = municipalities.countByRegionId(m.getRegion().getId());
        return new MunicipalityDetails(m.getId(), m.getCountryCode(), m.getCode(), m.getName(),
                PlaceNames.ifDifferent(m.getNames(), lang, m.getName()), region(m.getRegion(), lang, count),
                PlaceNames.ordered(m.getNames()), LanguageStatus.parse(m.getLanguageStatus()).orElse(null));
    }

    private static Map<String, String> orderedMap(Map<String, String> names) {
        return PlaceNames.ordered(names).stream().collect(Collectors.toMap(LocalisedName::language,
                LocalisedName::name, (a, b) -> a, LinkedHashMap::new));
    }
}
