package no.kobling.company.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.kobling.actor.Actors;
import no.kobling.actor.PartnershipRef;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.company.domain.SizeBand;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.geo.NaceRef;
import org.springframework.stereotype.Component;

/**
 * The choices of the company list's partnership, municipality and NACE filters: which options each select offers
 * for the values chosen so far, and which chosen values are consistent with each other.
 */
@Component
class CompanyFilters {

    /** One select below the NACE section: the children of the code above it, and the chosen one (or null). */
    record NaceLevel(int level, String selected, List<NaceRef> options) {
    }

    /** Municipalities to offer ({@code hint} when none are offered because no country or region is chosen). */
    record Municipalities(List<MunicipalityRef> options, Long selected, boolean hint) {
    }

    /** The chosen NACE code ({@code code}, null = any), its section, and the selects below the section. */
    record Nace(String code, String section, List<NaceLevel> levels) {
    }

    /** The list's filters as the page understood them: the query, its sort, and the choices behind it. */
    record Chosen(CompanyQuery query, String sortKey, String defaultSort, Municipalities places, Nace industry) {
    }

    private final Geography geography;
    private final Actors actors;

    CompanyFilters(Geography geography, Actors actors) {
        this.geography = geography;
        this.actors = actors;
    }

    /**
     * The query of the list page's parameters (used by the page and its export, so both list the same rows): unknown
     * size bands and statuses are ignored, a municipality outside the chosen country or region is dropped.
     */
    Chosen chosen(String q, String country, Long regionId, Long municipalityId, Long partnershipId,
            List<String> nace, String sizeBand, String targetGroup, String status, String sort, Locale locale) {
        String text = q == null ? "" : q;
        String defaultSort = text.isBlank() ? CompanySearch.SORT_NAME : CompanySearch.SORT_RELEVANCE;
        String sortKey = sort != null && CompanyApiController.SORTS.contains(sort) ? sort : defaultSort;
        String countryCode = blank(country);
        Municipalities places = municipalities(countryCode, regionId, municipalityId);
        Nace industry = nace(nace, locale);
        CompanyQuery query = new CompanyQuery(text, countryCode, regionId, places.selected(), partnershipId,
                industry.code(), known(SizeBand.values(), sizeBand), blank(targetGroup),
                known(CompanyStatus.values(), status));
        return new Chosen(query, sortKey, defaultSort, places, industry);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String known(Enum<?>[] values, String value) {
        return value != null && Arrays.stream(values).anyMatch(v -> v.name().equals(value)) ? value : null;
    }

    List<PartnershipRef> partnerships() {
        return actors.visiblePartnerships();
    }

    /**
     * The municipalities of the chosen region, else of the chosen country; a chosen municipality outside them is
     * dropped (the user changed country or region). Without country and region only an explicitly chosen
     * municipality is offered (e.g. from a link).
     */
    Municipalities municipalities(String country, Long regionId, Long municipalityId) {
        List<MunicipalityRef> options;
        if (regionId != null) {
            options = geography.municipalitiesOfRegion(regionId);
        } else if (country != null) {
            options = geography.allMunicipalities(country);
        } else {
            options = municipalityId == null ? List.of()
                    : geography.municipality(municipalityId).map(List::of).orElse(List.of());
            return new Municipalities(options, options.isEmpty() ? null : municipalityId, options.isEmpty());
        }
        Long selected = options.stream().anyMatch(m -> municipalityId != null && m.id() == municipalityId)
                ? municipalityId : null;
        return new Municipalities(options, selected, false);
    }

    /**
     * The NACE selects all submit {@code nace}, from the section down: the deepest value that continues the chain
     * (each a child of the one before) wins, so changing a higher select drops the lower choices. A single value
     * (a link such as {@code ?nace=62.01}) may be on any level.
     */
    Nace nace(List<String> values, Locale locale) {
        String lang = locale.getLanguage();
        NaceRef chosen = null;
        String unknown = null;
        for (String raw : values == null ? List.<String>of() : values) {
            String v = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
            if (v.isEmpty()) {
                break;
            }
            Optional<NaceRef> ref = geography.nace(v, lang);
            if (chosen == null && ref.isEmpty()) {
                unknown = v.length() > 10 ? v.substring(0, 10) : v;
                break;
            }
            if (ref.isEmpty() || (chosen != null && !chosen.code().equals(ref.get().parentCode()))) {
                break;
            }
            chosen = ref.get();
        }
        if (chosen == null) {
            return new Nace(unknown, unknown, List.of());
        }
        List<NaceRef> path = path(chosen, lang);
        List<NaceLevel> levels = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            List<NaceRef> children = geography.naceChildren(path.get(i).code(), lang);
            if (children.isEmpty()) {
                break;
            }
            String selected = i + 1 < path.size() ? path.get(i + 1).code() : null;
            levels.add(new NaceLevel(path.get(i).level() + 1, selected, children));
        }
        return new Nace(chosen.code(), path.get(0).code(), levels);
    }

    private List<NaceRef> path(NaceRef code, String lang) {
        List<NaceRef> path = new ArrayList<>();
        NaceRef n = code;
        while (n != null && path.size() < 5) {
            path.add(n);
            n = n.parentCode() == null ? null : geography.nace(n.parentCode(), lang).orElse(null);
        }
        Collections.reverse(path);
        return path;
    }
}
