package no.kobling.advisory.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.kobling.advisory.catalogue.application.BookingService;
import no.kobling.advisory.catalogue.application.BookingView;
import no.kobling.advisory.catalogue.application.ReferralService;
import no.kobling.advisory.catalogue.application.ReferralView;
import no.kobling.shared.export.ExportColumn;
import no.kobling.shared.export.ExportRows;
import no.kobling.shared.export.ListExports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals (of a service, or of a company) and bookings as XLSX or CSV: the rows the caller may see on the pages,
 * from the same service calls. Both lists are bounded by one service, one company or one caller.
 */
@RestController
@Tag(name = "Service catalogue")
class CatalogueExportController {

    static final List<ExportColumn<ReferralView>> REFERRALS = List.of(
            ExportColumn.of("export.referral.service", ReferralView::serviceName),
            ExportColumn.of("catalogue.referral.company", ReferralView::companyName),
            ExportColumn.of("export.municipality", ReferralView::municipalityName),
            ExportColumn.label("export.status", r -> "catalogue.referral.status." + r.status()),
            ExportColumn.of("export.referral.referred-by", ReferralView::referredBy),
            ExportColumn.of("export.referral.referred-on", ReferralView::referredOn),
            ExportColumn.of("export.referral.accepted-on", ReferralView::acceptedOn),
            ExportColumn.of("export.referral.delivered-on", ReferralView::deliveredOn),
            ExportColumn.of("export.referral.score", ReferralView::feedbackScore),
            ExportColumn.of("export.referral.feedback", ReferralView::feedbackComment),
            ExportColumn.of("catalogue.referral.note", ReferralView::note),
            ExportColumn.of("export.project", ReferralView::projectName));

    static final List<ExportColumn<BookingView>> BOOKINGS = List.of(
            ExportColumn.of("catalogue.booking.expert", BookingView::expertName),
            ExportColumn.of("export.company", BookingView::companyName),
            ExportColumn.of("catalogue.booking.month", b -> b.month() == null ? null : b.month().atDay(1)),
            ExportColumn.of("catalogue.booking.hours", BookingView::hours),
            ExportColumn.of("export.booking.delivered", BookingView::delivered),
            ExportColumn.of("catalogue.experts.competence", BookingView::competenceCode),
            ExportColumn.of("export.booking.booked-by", BookingView::bookedBy),
            ExportColumn.of("export.note", BookingView::note));

    private final ReferralService referrals;
    private final BookingService bookings;
    private final ListExports exports;

    CatalogueExportController(ReferralService referrals, BookingService bookings, ListExports exports) {
        this.referrals = referrals;
        this.bookings = bookings;
        this.exports = exports;
    }

    @GetMapping({"/catalogue/services/{id}/referrals/export.xlsx", "/catalogue/services/{id}/referrals/export.csv",
            "/api/v1/catalogue/services/{id}/referrals/export.xlsx",
            "/api/v1/catalogue/services/{id}/referrals/export.csv"})
    @Operation(summary = "Referrals to the service that the caller may see, as XLSX or CSV; the export is audited")
    void serviceReferrals(@PathVariable long id, @RequestParam(required = false) Long projectId,
            HttpServletRequest request, HttpServletResponse response) {
        List<ReferralView> rows = referrals.ofService(id).stream()
                .filter(r -> projectId == null || projectId.equals(r.projectId())).toList();
        exports.write(response, ListExports.format(request), "service-" + id + "-referrals",
                ListExports.filters("serviceId", id, "projectId", projectId), REFERRALS, ExportRows.of(rows));
    }

    @GetMapping({"/catalogue/referrals/export.xlsx", "/catalogue/referrals/export.csv",
            "/api/v1/catalogue/referrals/export.xlsx", "/api/v1/catalogue/referrals/export.csv"})
    @Operation(summary = "Referrals of a company that the caller may see, as XLSX or CSV; the export is audited")
    void companyReferrals(@RequestParam long companyId, @RequestParam(required = false) Long projectId,
            HttpServletRequest request, HttpServletResponse response) {
        List<ReferralView> rows = referrals.ofCompany(companyId).stream()
                .filter(r -> projectId == null || projectId.equals(r.projectId())).toList();
        exports.write(response, ListExports.format(request), "company-" + companyId + "-referrals",
                ListExports.filters("companyId", companyId, "projectId", projectId), REFERRALS, ExportRows.of(rows));
    }

    @GetMapping({"/catalogue/bookings/export.xlsx", "/catalogue/bookings/export.csv",
            "/api/v1/catalogue/bookings/export.xlsx", "/api/v1/catalogue/bookings/export.csv"})
    @Operation(summary = "The caller's bookings as an expert and those of the caller's organisation, as XLSX or CSV")
    void bookings(HttpServletRequest request, HttpServletResponse response) {
        List<BookingView> rows = bookings.mine();
        exports.write(response, ListExports.format(request), "bookings", ListExports.filters(), BOOKINGS,
                ExportRows.of(rows));
    }
}
