package no.kobling.project.plan.timeline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.kobling.project.plan.timeline.ProjectTimelineService;
import no.kobling.project.plan.timeline.domain.Timeline;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The project plan as PDF and the timeline as JSON (404 for a project the caller may not see). */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Project plan", description = "A project's timeline and its PDF project plan")
class ProjectPlanApiController {

    private final ProjectTimelineService timelines;
    private final PlanPdf pdf;

    ProjectPlanApiController(ProjectTimelineService timelines, PlanPdf pdf) {
        this.timelines = timelines;
        this.pdf = pdf;
    }

    @GetMapping("/{id}/plan.pdf")
    @Operation(summary = "The project plan as PDF, in the caller's language",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")))
    ResponseEntity<byte[]> plan(@PathVariable long id) {
        return pdf.response(timelines.plan(id));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The project's timeline: months, today (the caller's day), phases with flags, "
            + "deliverables (overdue) and gates; positions are percentages of the axis")
    Timeline timeline(@PathVariable long id) {
        return timelines.timeline(id);
    }
}
