package no.kobling.geo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Locale;
import no.kobling.geo.application.PlaceQueries;
import no.kobling.geo.application.RegionSummary;
import no.kobling.shared.Paging;
import no.kobling.shared.web.HtmxRequest;
import no.kobling.shared.web.ListLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for countries, regions and municipalities. Reference data: any signed-in user. */
@Controller
class PlacePageController {

    static final int PAGE_SIZE = 25;

    private final PlaceQueries places;

    PlacePageController(PlaceQueries places) {
        this.places = places;
    }

    /**
     * Search and browse municipalities. htmx live search asks the same URL with {@code HX-Request} and gets the
     * results (and the region select of the chosen country, out of band) without the page around them.
     */
    @GetMapping("/geo/municipalities")
    String municipalities(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long regionId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int size, @RequestParam(required = false) String sort,
            Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
        String lang = locale.getLanguage();
        // a page is lenient with hand-edited URLs: an unknown country or sort key falls back to the default
        String countryCode = country == null ? null : places.countryCodes().stream()
                .filter(c -> c.equalsIgnoreCase(country.trim())).findFirst().orElse(null);
        RegionSummary region = regionId == null ? null : places.region(regionId, lang)
                .filter(r -> countryCode == null || r.countryCode().equals(countryCode)).orElse(null);
        String text = q == null ? "" : q.trim();
        String sortKey = sort == null ? "" : sort.startsWith("-") ? sort.substring(1) : sort;
        var pageable = Paging.of(page, size <= 0 ? PAGE_SIZE : size,
                PlaceQueries.MUNICIPALITY_SORTS.contains(sortKey) ? sort : null, PlaceQueries.MUNICIPALITY_SORTS,
                PlaceQueries.defaultSort(text));
        var results = places.municipalities(text, countryCode, region == null ? null : region.id(), pageable, lang);
        model.addAttribute("q", text);
        model.addAttribute("country", countryCode);
        model.addAttribute("region", region);
        model.addAttribute("searching", !text.isEmpty());
        model.addAttribute("results", results);
        model.addAttribute("links", ListLinks.of(request, results));
        model.addAttribute("countries", places.countryCodes());
        model.addAttribute("regionGroups", countryCode == null ? places.regionsByCountry(lang)
                : Map.of(countryCode, places.regions(countryCode, lang)));
        response.addHeader("Vary", "HX-Request");
        return fragmentRequested(request) ? "geo/municipalities :: htmx" : "geo/municipalities";
    }

    @GetMapping("/geo/municipalities/{id}")
    String municipality(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("m", places.municipality(id, locale.getLanguage()));
        return "geo/municipality";
    }

    @GetMapping("/geo/regions")
    String regions(Locale locale, Model model) {
        model.addAttribute("countries", places.countries());
        model.addAttribute("regionGroups", places.regionsByCountry(locale.getLanguage()));
        return "geo/regions";
    }

    /** htmx asks for the fragment, except when it restores a page from history (then it needs the whole page). */
    static boolean fragmentRequested(HttpServletRequest request) {
        return HtmxRequest.isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
