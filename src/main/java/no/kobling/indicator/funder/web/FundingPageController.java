package no.kobling.indicator.funder.web;

import no.kobling.indicator.funder.application.FundingService;
import no.kobling.indicator.report.application.ReportPeriodService;
import no.kobling.indicator.report.application.ReportService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The funder's pages: {@code /funding} (the funded projects) and {@code /funding/{id}} (one project). */
@Controller
class FundingPageController {

    private final FundingService funding;
    private final ReportService reports;
    private final ReportPeriodService periods;

    FundingPageController(FundingService funding, ReportService reports, ReportPeriodService periods) {
        this.funding = funding;
        this.reports = reports;
        this.periods = periods;
    }

    @GetMapping("/funding")
    String list(Model model) {
        model.addAttribute("projects", funding.funded());
        return "funding/list";
    }

    @GetMapping("/funding/{id}")
    String project(@PathVariable long id, Model model) {
        model.addAttribute("project", funding.project(id, LocaleContextHolder.getLocale()));
        model.addAttribute("projectId", id);
        model.addAttribute("reports", reports.list(id, PageRequest.of(0, 50)).getContent());
        model.addAttribute("schedule", periods.schedule(id));
        return "funding/project";
    }
}
