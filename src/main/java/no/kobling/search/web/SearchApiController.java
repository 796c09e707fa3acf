package no.kobling.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.kobling.search.application.GlobalSearch;
import no.kobling.shared.search.GlobalSearchSource.Group;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search", description = "One search over companies, people, partner profiles, events and services")
class SearchApiController {

    private final GlobalSearch search;

    SearchApiController(GlobalSearch search) {
        this.search = search;
    }

    /** The answer: the text searched and one group per list the caller may use. */
    record SearchResponse(String q, List<Group> groups) {
    }

    @GetMapping("/search")
    @Operation(summary = "Hits per list (companies, people, profiles, events, services) the caller may see, with "
            + "total counts and the address of each list's own search; lists the caller may not use are absent")
    SearchResponse search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "" + GlobalSearch.DEFAULT_LIMIT) int limit) {
        return new SearchResponse(GlobalSearch.clean(q), search.search(q, limit));
    }
}
