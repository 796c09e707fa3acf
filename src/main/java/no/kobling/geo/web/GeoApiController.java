package no.kobling.geo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.geo.application.IndustryQueries;
import no.kobling.geo.application.LocalisedName;
import no.kobling.geo.application.MunicipalityDetails;
import no.kobling.geo.application.NaceDetails;
import no.kobling.geo.application.NaceSummary;
import no.kobling.geo.application.PlaceQueries;
import no.kobling.geo.application.RegionSummary;
import no.kobling.shared.PageResult;
import no.kobling.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference data over REST: countries, regions, municipalities (searchable by any of their names) and NACE Rev. 2.
 * Names and titles come in the caller's language (Accept-Language, or the token owner's chosen language).
 */
@RestController
@RequestMapping("/api/v1/geo")
@Tag(name = "Geography", description = "Countries, counties/regions, municipalities and NACE industry codes")
class GeoApiController {

    private final PlaceQueries places;
    private final IndustryQueries industries;
    private final MessageSource messages;

    GeoApiController(PlaceQueries places, IndustryQueries industries, MessageSource messages) {
        this.places = places;
        this.industries = industries;
        this.messages = messages;
    }

    record CountryJson(String code, String name, long regionCount, long municipalityCount) {
    }

    record RegionRef(long id, String code, String name) {
    }

    record MunicipalityListJson(long id, String countryCode, String code, String name, String localName,
            RegionRef region) {
    }

    record MunicipalityJson(long id, String countryCode, String code, String name, String localName,
            RegionRef region, Map<String, String> names, String languageStatus) {
    }

    record NaceJson(String code, int level, String parentCode, String sectionCode, String title,
            String titleLanguage, Map<String, String> titles, String isicRef, List<NaceSummary> path,
            List<NaceSummary> children) {
    }

    @GetMapping("/countries")
    @Operation(summary = "The countries the platform covers, with their names in the caller's language")
    List<CountryJson> countries(Locale locale) {
        return places.countries().stream().map(c -> new CountryJson(c.code(),
                messages.getMessage("country." + c.code(), null, c.code(), locale), c.regionCount(),
                c.municipalityCount())).toList();
    }

    @GetMapping("/regions")
    @Operation(summary = "Counties (fylker), län and maakunnat, with every name and the number of municipalities",
            description = "Problem code unknown-country (422) for a country the platform does not cover.")
    List<RegionSummary> regions(@Parameter(description = "NO, SE or FI; all countries when omitted")
            @RequestParam(required = false) String country, Locale locale) {
        return places.regions(country, locale.getLanguage());
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Search municipalities by any of their names, in any language",
            description = "Diacritics are optional (Karasjohka finds Kárášjohka) and word prefixes match. Sort by "
                    + "name, code or relevance (prefix - for descending); default relevance while searching, else "
                    + "name. Problem code invalid-sort (422) for another sort key.")
    PageResult<MunicipalityListJson> municipalities(
            @Parameter(description = "Words of a name in any language; all municipalities when omitted")
            @RequestParam(required = false) String q,
            @Parameter(description = "NO, SE or FI") @RequestParam(required = false) String country,
            @Parameter(description = "Id of a county/region") @RequestParam(required = false) Long regionId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "name, code or relevance; -name for descending")
            @RequestParam(required = false) String sort, Locale locale) {
        var pageable = Paging.of(page, size, sort, PlaceQueries.MUNICIPALITY_SORTS, PlaceQueries.defaultSort(q));
        return PageResult.of(places.municipalities(q, country, regionId, pageable, locale.getLanguage()),
                m -> new MunicipalityListJson(m.id(), m.countryCode(), m.code(), m.name(), m.localName(),
                        new RegionRef(m.regionId(), m.regionCode(), m.regionName())));
    }

    @GetMapping("/municipalities/{id}")
    @Operation(summary = "A municipality with all its names by language",
            description = "Name keys: official, nb (Norwegian), se (North Sámi), smj (Lule Sámi), sma (South Sámi), "
                    + "fkv (Kven), sv, fi, en. Problem code not-found (404) for an unknown id.")
    MunicipalityJson municipality(@PathVariable long id, Locale locale) {
        return json(places.municipality(id, locale.getLanguage()));
    }

    @GetMapping("/municipalities/by-code/{country}/{code}")
    @Operation(summary = "A municipality by country and national code, e.g. NO/5610, SE/2584, FI/853",
            description = "Problem code not-found (404) when there is none.")
    MunicipalityJson municipalityByCode(@PathVariable String country, @PathVariable String code, Locale locale) {
        return json(places.municipalityByCode(country, code, locale.getLanguage()));
    }

    @GetMapping("/nace")
    @Operation(summary = "Search or list NACE Rev. 2 codes",
            description = "q matches code prefixes and words of the English, Norwegian, Swedish and Finnish titles. "
                    + "Without q the codes come in hierarchy order. level: 1 section, 2 division, 3 group, 4 class; "
                    + "parent: only the direct children of that code.")
    PageResult<NaceSummary> nace(@RequestParam(required = false) String q,
            @RequestParam(required = false) @Min(1) @Max(4) Integer level,
            @RequestParam(required = false) String parent,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        var pageable = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, Paging.MAX_SIZE)));
        return PageResult.of(industries.search(q, level, parent, pageable, locale.getLanguage()), n -> n);
    }

    @GetMapping("/nace/{code}")
    @Operation(summary = "A NACE code with its titles in every language, its path from the section and its children",
            description = "Problem code not-found (404) for an unknown code.")
    NaceJson naceCode(@PathVariable String code, Locale locale) {
        NaceDetails d = industries.nace(code, locale.getLanguage());
        NaceSummary n = d.nace();
        return new NaceJson(n.code(), n.level(), n.parentCode(), n.sectionCode(), n.title(), n.titleLanguage(),
                map(d.titles()), d.isicRef(), d.path(), d.children());
    }

    private static MunicipalityJson json(MunicipalityDetails m) {
        return new MunicipalityJson(m.id(), m.countryCode(), m.code(), m.name(), m.localName(),
                new RegionRef(m.region().id(), m.region().code(), m.region().localName()), map(m.names()),
                m.languageStatus() == null ? null : m.languageStatus().name());
    }

    private static Map<String, String> map(List<LocalisedName> names) {
        Map<String, String> map = new LinkedHashMap<>();
        names.forEach(n -> map.put(n.language(), n.name()));
        return map;
    }
}
