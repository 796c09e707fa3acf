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

    record UpdateBody(@Size(max = 20000) String narrative, Long version) {
    }

    record SubmitBody(@Size(max = 2000) String lateReason, Long version) {
    }

    record CommentBody(@Size(max = 4000) String comment) {
    }

    record FigureJson(String indicator, String dimension, String key, String label, BigDecimal value,
            boolean suppressed, String display) {
    }

    record ReportJson(long id, long project, int reportVersion, LocalDate from, LocalDate to, LocalDate deadline,
            ReportStatus status, String narrative, String lateReason, String funderComment, Instant computedAt,
            Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy, Long previousId,
            long version, List<FigureJson> figures) {
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
        return json(service.update(id, reportId, body.narrative(), body.version(), LocaleContextHolder.getLocale()),
                false);
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

    @Operation(summary = "The report as a spreadsheet: a summary sheet and one sheet per breakdown")
    @GetMapping("/{reportId}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long reportId) {
        ReportService.Seen seen = service.get(id, reportId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + reportId + ".xlsx\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(ReportXlsx.write(seen.report(), seen.funderView()));
    }

    @Operation(summary = "The report as PDF: the totals with bars and every breakdown as a table")
    @GetMapping("/{reportId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long reportId) {
        ReportService.Seen seen = service.get(id, reportId);
        Report r = seen.report();
        List<FigureJson> all = r.getFigures().stream().map(f -> figure(f, seen.funderView())).toList();
        List<FigureJson> totals = all.stream().filter(f -> Figure.TOTAL.equals(f.dimension())).toList();
        BigDecimal max = totals.stream().map(FigureJson::value).filter(java.util.Objects::nonNull)
                .max(BigDecimal::compareTo).filter(m -> m.signum() > 0).orElse(BigDecimal.ONE);
        java.util.Map<String, Integer> widths = new java.util.HashMap<>();
        totals.forEach(f -> widths.put(f.indicator(), f.value() == null ? 0
                : f.value().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                        .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue()));
        java.util.Map<String, List<FigureJson>> breakdowns = new java.util.LinkedHashMap<>();
        all.stream().filter(f -> !Figure.TOTAL.equals(f.dimension()))
                .forEach(f -> breakdowns.computeIfAbsent(f.dimension(), k -> new java.util.ArrayList<>()).add(f));
        byte[] body = pdf.render(java.util.Map.of("report", r, "totals", totals, "widths", widths,
                "breakdowns", breakdowns));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + reportId + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(body);
    }

    static ReportJson json(Report r, boolean funderView) {
        List<FigureJson> figures = r.getFigures().stream().map(f -> figure(f, funderView)).toList();
        return new ReportJson(r.getId(), r.getProjectId(), r.getReportVersion(), r.getFrom(), r.getTo(),
                r.getDeadline(), r.getStatus(), r.getNarrative(), r.getLateReason(), r.getFunderComment(),
                r.getComputedAt(), r.getSubmittedAt(), r.getSubmittedBy(), r.getDecidedAt(), r.getDecidedBy(),
                r.getPreviousId(), r.getVersion(), figures);
    }

    static FigureJson figure(Figure f, boolean funderView) {
        boolean hidden = funderView && f.isFunderSuppressed();
        BigDecimal value = hidden ? null : f.getValue();
        return new FigureJson(f.getCode(), f.getDimension(), f.getKey(), f.getLabel(), value, hidden,
                hidden ? SUPPRESSED : value == null ? "" : value.stripTrailingZeros().toPlainString());
    }
}
