package no.kobling.indicator.report.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import no.kobling.indicator.report.application.ReportPeriodService;
import no.kobling.indicator.report.application.ReportService;
import no.kobling.indicator.report.domain.ReportPeriod;
import no.kobling.indicator.report.domain.Figure;
import no.kobling.indicator.report.domain.Report;
import no.kobling.shared.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report pages of a project with plain forms (no JavaScript needed) for the lifecycle of docs/reports.md. Every
 * rule is the {@link ReportService}'s; a refused action comes back to the page with the rule's message.
 */
@Controller
class ReportPageController {

    private final ReportService service;
    private final ReportPeriodService periods;

    ReportPageController(ReportService service, ReportPeriodService periods) {
        this.service = service;
        this.periods = periods;
    }

    @GetMapping("/projects/{id}/reports")
    String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("project", id);
        model.addAttribute("reports", service.list(id, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("schedule", periods.schedule(id));
        model.addAttribute("everyOptions", ReportPeriod.Every.values());
        return "reports/list";
    }

    @PostMapping("/projects/{id}/report-periods")
    String addPeriod(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            RedirectAttributes redirect) {
        return schedule(() -> periods.add(id, from, to, deadline), id, redirect);
    }

    @PostMapping("/projects/{id}/report-periods/generate")
    String generate(@PathVariable long id, @RequestParam(required = false) ReportPeriod.Every every,
            @RequestParam(required = false) Integer deadlineDays, RedirectAttributes redirect) {
        return schedule(() -> periods.generate(id, every, deadlineDays), id, redirect);
    }

    @PostMapping("/projects/{id}/report-periods/{periodId}")
    String changePeriod(@PathVariable long id, @PathVariable long periodId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return schedule(() -> periods.change(id, periodId, from, to, deadline, version), id, redirect);
    }

    @PostMapping("/projects/{id}/report-periods/{periodId}/delete")
    String deletePeriod(@PathVariable long id, @PathVariable long periodId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return schedule(() -> {
            periods.delete(id, periodId, version);
            return null;
        }, id, redirect);
    }

    @PostMapping("/projects/{id}/report-periods/{periodId}/report")
    String reportForPeriod(@PathVariable long id, @PathVariable long periodId, Locale locale,
            RedirectAttributes redirect) {
        return act(() -> service.createForPeriod(id, periodId, null, locale), id, null, redirect);
    }

    /** Runs a change of the schedule and shows the reports page again, with the refused rule's message if any. */
    private String schedule(Supplier<?> action, long id, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + id + "/reports";
        } catch (DomainException e) {
            return refused(e, "/projects/" + id + "/reports", redirect);
        }
    }

    @GetMapping("/projects/{id}/reports/{reportId}")
    String report(@PathVariable long id, @PathVariable long reportId, Model model) {
        ReportService.Seen seen = service.get(id, reportId);
        List<ReportApiController.FigureJson> totals = seen.report().getFigures().stream()
                .filter(f -> Figure.TOTAL.equals(f.getDimension()))
                .map(f -> ReportApiController.figure(f, seen.funderView())).toList();
        model.addAttribute("project", id);
        model.addAttribute("report", seen.report());
        model.addAttribute("funder", seen.funderView());
        model.addAttribute("pastDeadline", seen.pastDeadline());
        model.addAttribute("totals", totals);
        model.addAttribute("goals", seen.report().getGoalNarratives());
        model.addAttribute("budget", ReportApiController.budget(seen.report()));
        return "reports/report";
    }

    @PostMapping("/projects/{id}/reports")
    String create(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) String narrative, Locale locale, RedirectAttributes redirect) {
        return act(() -> service.create(id, from, to, deadline, blank(narrative), locale), id, null, redirect);
    }

    @PostMapping("/projects/{id}/reports/{reportId}/narrative")
    String narrative(@PathVariable long id, @PathVariable long reportId, @RequestParam(required = false) String narrative,
            @RequestParam(required = false) Long version, HttpServletRequest request, Locale locale,
            RedirectAttributes redirect) {
        // one textarea per goal: the goals' texts (hidden) and their narratives, in the same order
        String[] goals = request.getParameterValues("goal");
        String[] texts = request.getParameterValues("goalNarrative");
        Map<String, String> written = null;
        if (goals != null) {
            written = new LinkedHashMap<>();
            for (int i = 0; i < goals.length; i++) {
                written.put(goals[i], texts != null && i < texts.length ? blank(texts[i]) : null);
            }
        }
        Map<String, String> byGoal = written;
        return act(() -> service.update(id, reportId, blank(narrative), byGoal, version, locale), id, reportId,
                redirect);
    }

    @PostMapping("/projects/{id}/reports/{reportId}/submit")
    String submit(@PathVariable long id, @PathVariable long reportId, @RequestParam(required = false) String lateReason,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(() -> service.submit(id, reportId, blank(lateReason), version), id, reportId, redirect);
    }

    @PostMapping("/projects/{id}/reports/{reportId}/acknowledge")
    String acknowledge(@PathVariable long id, @PathVariable long reportId,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(() -> service.acknowledge(id, reportId, blank(comment)), id, reportId, redirect);
    }

    @PostMapping("/projects/{id}/reports/{reportId}/return")
    String returnToProject(@PathVariable long id, @PathVariable long reportId,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(() -> service.returnToProject(id, reportId, blank(comment)), id, reportId, redirect);
    }

    @PostMapping("/projects/{id}/reports/{reportId}/versions")
    String newVersion(@PathVariable long id, @PathVariable long reportId, RedirectAttributes redirect) {
        return act(() -> service.newVersion(id, reportId), id, reportId, redirect);
    }

    /** Runs the action and shows the resulting report, or returns to the page with the refused rule's message. */
    private String act(Supplier<Report> action, long id, Long reportId, RedirectAttributes redirect) {
        try {
            Report report = action.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + id + "/reports/" + report.getId();
        } catch (DomainException e) {
            return refused(e, "/projects/" + id + "/reports" + (reportId == null ? "" : "/" + reportId), redirect);
        }
    }

    private static String refused(DomainException e, String page, RedirectAttributes redirect) {
        if (e.status() == 404) {
            throw e;
        }
        redirect.addFlashAttribute("reportError", e.messageKey());
        redirect.addFlashAttribute("reportErrorArgs", e.args());
        return "redirect:" + page;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
