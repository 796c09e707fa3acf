package no.kobling.indicator.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import no.kobling.indicator.report.application.ReportPeriodService;
import no.kobling.indicator.report.application.ReportPeriodService.PeriodStatus;
import no.kobling.indicator.report.application.ReportPeriodService.Scheduled;
import no.kobling.indicator.report.application.ReportService;
import no.kobling.indicator.report.domain.ReportPeriod;
import no.kobling.indicator.report.domain.ReportStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The reporting schedule API (docs/reports.md): a project's periods with deadlines and their reports' status. */
@RestController
@RequestMapping("/api/v1/projects/{id}/report-periods")
@Tag(name = "Reports", description = "Reports of a project for a period (docs/reports.md)")
class ReportPeriodApiController {

    private final ReportPeriodService periods;
    private final ReportService reports;

    ReportPeriodApiController(ReportPeriodService periods, ReportService reports) {
        this.periods = periods;
        this.reports = reports;
    }

    record PeriodBody(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull LocalDate deadline, Long version) {
    }

    record GenerateBody(@NotNull ReportPeriod.Every every, @NotNull Integer deadlineDays) {
    }

    record ReportBody(@Size(max = 20000) String narrative) {
    }

    /** A period; {@code reportId}, {@code reportVersion}, {@code reportStatus}: its latest report, null while none. */
    record PeriodJson(long id, LocalDate from, LocalDate to, LocalDate deadline, PeriodStatus status, Long reportId,
            Integer reportVersion, ReportStatus reportStatus, long version) {
    }

    @Operation(summary = "The project's reporting schedule: every period with its status, earliest first")
    @GetMapping
    List<PeriodJson> list(@PathVariable long id) {
        return periods.schedule(id).stream().map(ReportPeriodApiController::json).toList();
    }

    @Operation(summary = "Adds a reporting period (no overlap with another; the deadline on or after its end)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PeriodJson add(@PathVariable long id, @Valid @RequestBody PeriodBody body) {
        long periodId = periods.add(id, body.from(), body.to(), body.deadline()).getId();
        return one(id, periodId);
    }

    @Operation(summary = "Generates yearly or half-yearly periods over the project's dates, each with its deadline "
            + "deadlineDays after its end; periods overlapping existing ones are left out. Answers the schedule")
    @PostMapping("/generate")
    @ResponseStatus(HttpStatus.CREATED)
    List<PeriodJson> generate(@PathVariable long id, @Valid @RequestBody GenerateBody body) {
        periods.generate(id, body.every(), body.deadlineDays());
        return list(id);
    }

    @Operation(summary = "Changes a period without a report")
    @PutMapping("/{periodId}")
    PeriodJson change(@PathVariable long id, @PathVariable long periodId, @Valid @RequestBody PeriodBody body) {
        periods.change(id, periodId, body.from(), body.to(), body.deadline(), body.version());
        return one(id, periodId);
    }

    @Operation(summary = "Deletes a period without a report")
    @DeleteMapping("/{periodId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @PathVariable long periodId, @RequestParam(required = false) Long version) {
        periods.delete(id, periodId, version);
    }

    @Operation(summary = "Creates the draft report of the period (one report per period; then new versions)")
    @PostMapping("/{periodId}/report")
    @ResponseStatus(HttpStatus.CREATED)
    ReportApiController.ReportJson report(@PathVariable long id, @PathVariable long periodId,
            @Valid @RequestBody(required = false) ReportBody body) {
        return ReportApiController.json(reports.createForPeriod(id, periodId, body == null ? null : body.narrative(),
                LocaleContextHolder.getLocale()), false);
    }

    private PeriodJson one(long id, long periodId) {
        return periods.schedule(id).stream().filter(s -> s.period().getId() == periodId).findFirst()
                .map(ReportPeriodApiController::json).orElseThrow();
    }

    static PeriodJson json(Scheduled s) {
        ReportPeriod p = s.period();
        return new PeriodJson(p.getId(), p.getFrom(), p.getTo(), p.getDeadline(), s.status(),
                s.latest() == null ? null : s.latest().getId(),
                s.latest() == null ? null : s.latest().getReportVersion(),
                s.latest() == null ? null : s.latest().getStatus(), p.getVersion());
    }
}
