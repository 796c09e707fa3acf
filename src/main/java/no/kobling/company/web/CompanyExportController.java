package no.kobling.company.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import no.kobling.company.application.Views.CompanyHit;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.shared.export.ExportColumn;
import no.kobling.shared.export.ListExports;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company list as XLSX or CSV, with the list page's filters (page session: {@code /companies/export.xlsx?...};
 * API with a bearer token: {@code /api/v1/companies/export.xlsx}). Streams every hit, not just one page.
 */
@RestController
@Tag(name = "Companies")
class CompanyExportController {

    static final List<ExportColumn<CompanyHit>> COLUMNS = List.of(
            ExportColumn.of("common.name", CompanyHit::name),
            ExportColumn.label("common.country", h -> "company.country." + h.countryCode()),
            ExportColumn.of("company.org-number", CompanyHit::orgNumber),
            ExportColumn.of("common.municipality", CompanyHit::municipalityName),
            ExportColumn.of("company.nace", CompanyHit::naceCode),
            ExportColumn.label("company.status", h -> "company.status." + h.status()),
            ExportColumn.label("company.size-band", h -> h.sizeBand() == null ? null : "company.size." + h.sizeBand()));

    private final CompanySearch search;
    private final CompanyFilters filters;
    private final ListExports exports;

    CompanyExportController(CompanySearch search, CompanyFilters filters, ListExports exports) {
        this.search = search;
        this.filters = filters;
        this.exports = exports;
    }

    @GetMapping({"/companies/export.xlsx", "/companies/export.csv", "/api/v1/companies/export.xlsx",
            "/api/v1/companies/export.csv"})
    @Operation(summary = "The company search (same filters as GET /api/v1/companies) as XLSX or CSV: every hit, "
            + "headers in the caller's language; the export is audited")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long regionId, @RequestParam(required = false) Long municipalityId,
            @RequestParam(required = false) Long partnershipId, @RequestParam(required = false) List<String> nace,
            @RequestParam(required = false) String sizeBand, @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String status, @RequestParam(required = false) String sort,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        CompanyFilters.Chosen chosen = filters.chosen(q, country, regionId, municipalityId, partnershipId, nace,
                sizeBand, targetGroup, status, sort, locale);
        CompanyQuery query = chosen.query();
        exports.write(response, ListExports.format(request), "companies", ListExports.filters("q", query.text(),
                "country", query.country(), "regionId", query.regionId(), "municipalityId", query.municipalityId(),
                "partnershipId", query.partnershipId(), "nace", query.nace(), "sizeBand", query.sizeBand(),
                "targetGroup", query.targetGroup(), "status", query.status(), "sort", chosen.sortKey()),
                COLUMNS, sink -> search.forEachHit(query, Sort.by(chosen.sortKey()), sink));
    }
}
