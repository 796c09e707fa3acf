package no.kobling.advisory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import no.kobling.advisory.application.ActivityExport;
import no.kobling.advisory.application.AdvisoryViews.ActivityView;
import no.kobling.advisory.application.AdvisoryViews.Named;
import no.kobling.company.CompanyRef;
import no.kobling.shared.export.ExportColumn;
import no.kobling.shared.export.ListExports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activities of the advisory workspace as XLSX or CSV: the own organisation's, or ({@code shared=true}) those
 * partner organisations shared; {@code projectId} keeps those tagged with the project. Page session and API.
 */
@RestController
@Tag(name = "Advisory")
class ActivityExportController {

    static final List<ExportColumn<ActivityView>> COLUMNS = List.of(
            ExportColumn.of("advisory.date", ActivityView::date),
            ExportColumn.of("advisory.kind", ActivityView::kindName),
            ExportColumn.of("advisory.hours", ActivityView::hours),
            ExportColumn.of("advisory.companies",
                    a -> a.companies().stream().map(CompanyRef::name).collect(Collectors.joining(", "))),
            ExportColumn.of("advisory.organisation", ActivityView::organisationName),
            ExportColumn.of("advisory.municipality", ActivityView::municipalityName),
            ExportColumn.of("advisory.service", ActivityView::serviceName),
            ExportColumn.of("advisory.advisors",
                    a -> a.advisors().stream().map(Named::name).collect(Collectors.joining(", "))),
            ExportColumn.label("advisory.visibility", a -> "advisory.visibility." + a.visibility()),
            ExportColumn.of("advisory.follow-up-date", ActivityView::followUpDate),
            ExportColumn.of("advisory.notes", ActivityView::notes));

    private final ActivityExport activities;
    private final ListExports exports;

    ActivityExportController(ActivityExport activities, ListExports exports) {
        this.activities = activities;
        this.exports = exports;
    }

    @GetMapping({"/advisory/activities/export.xlsx", "/advisory/activities/export.csv",
            "/api/v1/advisory/activities/export.xlsx", "/api/v1/advisory/activities/export.csv"})
    @Operation(summary = "My organisation's activities (shared=true: those partner organisations shared) as XLSX "
            + "or CSV, newest first; projectId: only those tagged with the project; the export is audited")
    void export(@RequestParam(defaultValue = "false") boolean shared,
            @RequestParam(required = false) Long projectId, HttpServletRequest request,
            HttpServletResponse response) {
        exports.write(response, ListExports.format(request), shared ? "shared-activities" : "activities",
                ListExports.filters("shared", shared, "projectId", projectId), COLUMNS,
                sink -> activities.forEach(shared, projectId, sink));
    }
}
