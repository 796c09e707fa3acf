package no.kobling.partnering.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.kobling.partnering.cases.application.CaseService;
import no.kobling.partnering.cases.application.CaseViews.CaseCard;
import no.kobling.shared.export.ExportColumn;
import no.kobling.shared.export.ExportRows;
import no.kobling.shared.export.ListExports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case board as XLSX or CSV, with the board's filters; every case the caller may see, a page at a time. */
@RestController
@Tag(name = "Partner cases")
class CaseExportController {

    static final List<ExportColumn<CaseCard>> COLUMNS = List.of(
            ExportColumn.of("export.case.id", CaseCard::id),
            ExportColumn.of("cases.partnership", c -> c.partnership() == null ? null : c.partnership().name()),
            ExportColumn.of("export.case.company-a", c -> c.companyA() == null ? null : c.companyA().name()),
            ExportColumn.of("export.case.company-b", c -> c.companyB() == null ? null : c.companyB().name()),
            ExportColumn.label("export.case.stage", c -> "cases.stage." + c.stage()),
            ExportColumn.label("export.case.open", c -> c.open() ? "export.yes" : "export.no"),
            ExportColumn.of("export.case.facilitator-a", c -> c.facilitatorA() == null ? null
                    : c.facilitatorA().name()),
            ExportColumn.of("export.case.facilitator-b", c -> c.facilitatorB() == null ? null
                    : c.facilitatorB().name()),
            ExportColumn.of("export.case.candidates", CaseCard::candidates),
            ExportColumn.of("export.case.overdue", CaseCard::overdueFollowUps),
            ExportColumn.of("export.project", CaseCard::projectName));

    private final CaseService cases;
    private final ListExports exports;

    CaseExportController(CaseService cases, ListExports exports) {
        this.cases = cases;
        this.exports = exports;
    }

    @GetMapping({"/cases/export.xlsx", "/cases/export.csv", "/api/v1/cases/export.xlsx", "/api/v1/cases/export.csv"})
    @Operation(summary = "The case board (same filters as GET /api/v1/cases) as XLSX or CSV, every case the caller "
            + "may see; the export is audited")
    void export(@RequestParam(required = false) Long partnershipId,
            @RequestParam(defaultValue = "false") boolean closed, @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) no.kobling.partnering.cases.domain.Stage stage,
            @RequestParam(required = false) Long facilitatorId, @RequestParam(defaultValue = "false") boolean overdue,
            HttpServletRequest request, HttpServletResponse response) {
        CaseService.BoardFilter filter = new CaseService.BoardFilter(partnershipId, projectId, closed, stage,
                facilitatorId, overdue);
        exports.write(response, ListExports.format(request), "cases", ListExports.filters("partnershipId",
                partnershipId, "closed", closed, "projectId", projectId, "stage", stage, "facilitatorId",
                facilitatorId, "overdue", overdue ? true : null), COLUMNS,
                ExportRows.pages((page, size) -> cases.board(filter, page, size)));
    }
}
