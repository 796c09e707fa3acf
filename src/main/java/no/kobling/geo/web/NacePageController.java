package no.kobling.geo.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import no.kobling.geo.application.IndustryQueries;
import no.kobling.geo.application.NaceSummary;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browse and search the NACE Rev. 2 industry codes. Reference data: any signed-in user. */
@Controller
class NacePageController {

    static final int PAGE_SIZE = 25;

    private final IndustryQueries industries;

    NacePageController(IndustryQueries industries) {
        this.industries = industries;
    }

    /** Sections; {@code ?parent=X} the children of X with the path up to its section; {@code ?q=} a search. */
    @GetMapping("/geo/nace")
    String browse(@RequestParam(required = false) String q, @RequestParam(required = false) String parent,
            @RequestParam(defaultValue = "0") int page, Locale locale, HttpServletRequest request, Model model) {
        String lang = locale.getLanguage();
        String text = q == null ? "" : q.trim();
        model.addAttribute("q", text);
        if (!text.isEmpty()) {
            var results = industries.search(text, null, null, PageRequest.of(Math.max(0, page), PAGE_SIZE), lang);
            model.addAttribute("results", results);
            model.addAttribute("links", ListLinks.of(request, results));
            return "geo/nace";
        }
        if (parent != null && !parent.isBlank()) {
            List<NaceSummary> path = industries.path(parent, lang);
            model.addAttribute("ancestors", path.subList(0, path.size() - 1));
            model.addAttribute("current", path.get(path.size() - 1));
            model.addAttribute("codes", industries.children(parent, lang));
        } else {
            model.addAttribute("ancestors", List.of());
            model.addAttribute("codes", industries.sections(lang));
        }
        return "geo/nace";
    }

    @GetMapping("/geo/nace/{code}")
    String code(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("n", industries.nace(code, locale.getLanguage()));
        return "geo/nace-code";
    }
}
