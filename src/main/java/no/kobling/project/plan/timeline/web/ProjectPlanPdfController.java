package no.kobling.project.plan.timeline.web;

import no.kobling.project.plan.timeline.ProjectTimelineService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The printable project plan from the project page (404 for a project the caller may not see). */
@Controller
class ProjectPlanPdfController {

    private final ProjectTimelineService timelines;
    private final PlanPdf pdf;

    ProjectPlanPdfController(ProjectTimelineService timelines, PlanPdf pdf) {
        this.timelines = timelines;
        this.pdf = pdf;
    }

    @GetMapping("/projects/{id}/plan.pdf")
    ResponseEntity<byte[]> plan(@PathVariable long id) {
        return pdf.response(timelines.plan(id));
    }
}
