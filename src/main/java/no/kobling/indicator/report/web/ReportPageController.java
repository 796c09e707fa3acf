package no.kobling.indicator.report.web;

import java.util.List;
import no.kobling.indicator.report.application.ReportService;
import no.kobling.indicator.report.domain.Figure;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The report pages of a project (read-only for now; the lifecycle is in the API, docs/reports.md). */
@Controller
class ReportPageController {

    private final ReportService service;

    ReportPageController(ReportService service) {
        this.service = service;
    }

    @GetMapping("/projects/{id}/reports")
    String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("project", id);
        model.addAttribute("reports", service.list(id, PageRequest.of(Math.max(page, 0), 20)));
        return "reports/list";
    }

    @GetMapping("/projects/{id}/reports/{reportId}")
    String report(@PathVariable long id, @PathVariable long reportId, Model model) {
        ReportService.Seen seen = service.get(id, reportId);
        List<ReportApiController.FigureJson> totals = seen.report().getFigures().stream()
                .filter(f -> Figure.TOTAL.equals(f.getDimension()))
                .map(f -> ReportApiController.figure(f, seen.funderView())).toList();
        model.addAttribute("project", id);
        model.addAttribute("report", seen.report());
        model.addAttribute("totals", totals);
        return "reports/report";
    }
}
