package no.kobling.search.web;

import no.kobling.search.application.GlobalSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page of the header's search box: a plain GET form, so it works without JavaScript. */
@Controller
class SearchController {

    private final GlobalSearch search;

    SearchController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String text = GlobalSearch.clean(q);
        var groups = search.search(text, GlobalSearch.DEFAULT_LIMIT);
        model.addAttribute("q", text);
        model.addAttribute("groups", groups);
        model.addAttribute("total", groups.stream().mapToLong(g -> g.total()).sum());
        return "search/results";
    }
}
