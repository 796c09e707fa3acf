package no.kobling.company.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.kobling.company.overview.CompanyTimeline;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Companies")
class CompanyTimelineApiController {

    private final CompanyTimeline timeline;

    CompanyTimelineApiController(CompanyTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/companies/{id}/timeline")
    @Operation(summary = "The company's timeline (company 360), newest first: the activities, needs, referrals, "
            + "partner profile, cases, events and meetings, surveys and networks the caller may see; optionally one "
            + "kind; counts per kind the caller sees")
    CompanyTimeline.Timeline timeline(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "" + CompanyTimeline.DEFAULT_LIMIT) int limit) {
        return timeline.of(id, kind, limit);
    }
}
