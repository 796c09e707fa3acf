package no.kobling.company.web;

import jakarta.servlet.http.HttpServletRequest;
import no.kobling.company.overview.CompanyTimeline;
import no.kobling.shared.web.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A company's timeline (company 360): the company page loads it with htmx; the same address is a page of its own
 * (filter by kind, "show more" as plain links), so it works without JavaScript.
 */
@Controller
class CompanyTimelineController {

    private final CompanyTimeline timeline;

    CompanyTimelineController(CompanyTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/companies/{id}/timeline")
    String timeline(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "" + CompanyTimeline.DEFAULT_LIMIT) int limit, Model model,
            HttpServletRequest request) {
        model.addAttribute("timeline", timeline.of(id, kind, limit));
        model.addAttribute("step", CompanyTimeline.DEFAULT_LIMIT);
        return HtmxRequest.view(request, "company/timeline", "timeline");
    }
}
