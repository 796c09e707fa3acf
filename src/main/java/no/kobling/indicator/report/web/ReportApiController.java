package no.kobling.indicator.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kobling.indicator.report.application.ReportService;
import no.kobling.indicator.report.domain.Figure;
import no.kobling.indicator.report.domain.Report;
import no.kobling.indicator.report.domain.ReportStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The reports API (docs/reports.md): a project's reports for periods, their lifecycle and the CSV export. */
@RestController
@RequestMapping("/api/v1/projects/{id}/reports")
@Tag(name = "Reports", description = "Reports of a project for a period (docs/reports.md)")
class ReportApiController {

    /** What a funder sees instead of a cell behind which fewer than three companies or persons stand. */
    static final String SUPPRESSED = "< 3";

    private final ReportService service;
    private final ReportPdf pdf;

    ReportApiController(ReportService service, ReportPdf pdf) {
        this.service = service;
        this.pdf = pdf;
    }

    record CreateBody(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull LocalDate deadline,
            @Size(max = 20000) String narrative) {
    }

    /** {@code narrative}: the overall summary (replaced); {@code goals}: narratives per goal (left out: unchanged). */
    record UpdateBody(@Size(max = 20000) String narrative, @Valid @Size(max = 200) List<GoalBody> goals,
            Long version) {
    }

    record GoalBody(@Size(max = 4000) String goal, @Size(max = 20000) String narrative) {
    }

    record GoalJson(String goal, String narrative) {
    }

    record BudgetCategoryJson(String category, String name, BigDecimal budget, BigDecimal actualPeriod,
            BigDecimal actualCumulative) {
    }

    /** The budget section in {@code currency}; the totals are the sums of the categories. */
    record BudgetJson(String currency, List<BudgetCategoryJson> categories, BigDecimal budget,
            BigDecimal actualPeriod, BigDecimal actualCumulative) {
    }

    record SubmitBody(@Size(max = 2000) String lateReason, Long version) {
    }

    record CommentBody(@Size(max = 4000) String comment) {
    }

    record FigureJson(String indicator, String dimension, String key, String label, BigDecimal value,
            boolean suppressed, String display, BigDecimal target) {
    }

    /** {@code budget} null: the budget had no totals when the snapshot was taken. */
    record ReportJson(long id, long project, Long periodId, int reportVersion, LocalDate from, LocalDate to,
            LocalDate deadline, ReportStatus status, String narrative, List<GoalJson> goals, String lateReason,
            String funderComment, Instant computedAt, Instant submittedAt, String submittedBy, Instant decidedAt,
            String decidedBy, Long previousId, long version, List<FigureJson> figures, BudgetJson budget) {
    }

    record ReportSummaryJson(long id, int reportVersion, LocalDate from, LocalDate to, LocalDate deadline,
            ReportStatus status, long version) {
    }

    record PageJson(List<ReportSummaryJson> items, int page, int size, long total) {
    }

    @Operation(summary = "The project's reports, newest period first (paged)")
    @GetMapping
    PageJson list(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page<Report> p = service.list(id, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        return new PageJson(p.map(r -> new ReportSummaryJson(r.getId(), r.getReportVersion(), r.getFrom(), r.getTo(),
                r.getDeadline(), r.getStatus(), r.getVersion())).getContent(), p.getNumber(), p.getSize(),
                p.getTotalElements());
    }

    @Operation(summary = "Creates a draft report for a period with a computed snapshot")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReportJson create(@PathVariable long id, @Valid @RequestBody CreateBody body) {
        return json(service.create(id, body.from(), body.to(), body.deadline(), body.narrative(),
                LocaleContextHolder.getLocale()), false);
    }

    @Operation(summary = "A report with its snapshot (a funder sees cells under three as \"< 3\")")
    @GetMapping("/{reportId}")
    ReportJson get(@PathVariable long id, @PathVariable long reportId) {
        ReportService.Seen seen = service.get(id, reportId);
        return json(seen.report(), seen.funderView());
    }

    @Operation(summary = "Edits a draft's narrative and recomputes its snapshot (report-frozen once submitted)")
    @PutMapping("/{reportId}")
    ReportJson update(@PathVariable long id, @PathVariable long reportId, @Valid @RequestBody UpdateBody body) {
        java.util.Map<String, String> goals = null;
        if (body.goals() != null) {
            goals = new java.util.LinkedHashMap<>();
            for (GoalBody g : body.goals()) {
                if (g != null) {
                    goals.put(g.goal(), g.narrative());
                }
            }
        }
        return json(service.update(id, reportId, body.narrative(), goals, body.version(),
                LocaleContextHolder.getLocale()), false);
    }

    @Operation(summary = "Submits a draft; after the deadline a lateReason is required")
    @PostMapping("/{reportId}/submit")
    ReportJson submit(@PathVariable long id, @PathVariable long reportId, @Valid @RequestBody SubmitBody body) {
        return json(service.submit(id, reportId, body.lateReason(), body.version()), false);
    }

    @Operation(summary = "The funder acknowledges a submitted report")
    @PostMapping("/{reportId}/acknowledge")
    ReportJson acknowledge(@PathVariable long id, @PathVariable long reportId,
            @Valid @RequestBody CommentBody body) {
        return json(service.acknowledge(id, reportId, body.comment()), true);
    }

    @Operation(summary = "The funder returns a submitted report with a comment")
    @PostMapping("/{reportId}/return")
    ReportJson returnReport(@PathVariable long id, @PathVariable long reportId,
            @Valid @RequestBody CommentBody body) {
        return json(service.returnToProject(id, reportId, body.comment()), true);
    }

    @Operation(summary = "A new version (a draft copy) of a submitted or returned report")
    @PostMapping("/{reportId}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    ReportJson newVersion(@PathVariable long id, @PathVariable long reportId) {
        return json(service.newVersion(id, reportId), false);
    }

    @Operation(summary = "The report's figures as CSV (UTF-8 with BOM, semicolon-separated)")
    @GetMapping("/{reportId}.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long reportId) {
        ReportService.Seen seen = service.get(id, reportId);
        byte[] body = ReportCsv.write(seen.report(), seen.funderView()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + reportId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    @Operation(summary = "The report's budget against actuals as CSV (category, budget, actual in the period and "
            + "cumulative; a total row)")
    @GetMapping("/{reportId}/budget.csv")
    ResponseEntity<byte[]> budgetCsv(@PathVariable long id, @PathVariable long reportId) {
        ReportService.Seen seen = service.get(id, reportId);
        byte[] body = ReportCsv.budget(seen.report()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"report-" + reportId + "-budget.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    @Operation(summary = "The report as a spreadsheet: a summary sheet, one sheet per breakdown, the narratives "
            + "and the budget")
    @GetMapping("/{reportId}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long reportId) {
        ReportService.Seen seen = service.get(id, reportId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + reportId + ".xlsx\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(ReportXlsx.write(seen.report(), seen.funderView()));
    }

    @Operation(summary = "The report as PDF: bars per indicator against its target and per breakdown cell, the "
            + "narratives and the budget")
    @GetMapping("/{reportId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long reportId) {
        ReportService.Seen seen = service.get(id, reportId);
        byte[] body = pdf.render(ReportCharts.model(seen.report(), seen.funderView()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + reportId + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(body);
    }

    static ReportJson json(Report r, boolean funderView) {
        List<FigureJson> figures = r.getFigures().stream().map(f -> figure(f, funderView)).toList();
        List<GoalJson> goals = r.getGoalNarratives().stream().map(g -> new GoalJson(g.getGoal(), g.getNarrative()))
                .toList();
        return new ReportJson(r.getId(), r.getProjectId(), r.getPeriodId(), r.getReportVersion(), r.getFrom(),
                r.getTo(), r.getDeadline(), r.getStatus(), r.getNarrative(), goals, r.getLateReason(),
                r.getFunderComment(), r.getComputedAt(), r.getSubmittedAt(), r.getSubmittedBy(), r.getDecidedAt(),
                r.getDecidedBy(), r.getPreviousId(), r.getVersion(), figures, budget(r));
    }

    static BudgetJson budget(Report r) {
        if (r.getBudgetCurrency() == null) {
            return null;
        }
        BigDecimal[] totals = r.budgetTotals();
        return new BudgetJson(r.getBudgetCurrency(), r.getBudget().stream().map(b -> new BudgetCategoryJson(
                b.getCode(), b.getName(), b.getBudget(), b.getActualPeriod(), b.getActualCumulative())).toList(),
                totals[0], totals[1], totals[2]);
    }

    static FigureJson figure(Figure f, boolean funderView) {
        boolean hidden = funderView && f.isFunderSuppressed();
        BigDecimal value = hidden ? null : f.getValue();
        return new FigureJson(f.getCode(), f.getDimension(), f.getKey(), f.getLabel(), value, hidden,
                hidden ? SUPPRESSED : value == null ? "" : value.stripTrailingZeros().toPlainString(),
                f.getTarget());
    }
}
