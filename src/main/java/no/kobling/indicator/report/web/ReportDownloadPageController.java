package no.kobling.indicator.report.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The report's downloads for signed-in page users (the page session): the same files as the API's, which takes only
 * bearer tokens and so cannot serve a link on a page.
 */
@Controller
class ReportDownloadPageController {

    private final ReportApiController files;

    ReportDownloadPageController(ReportApiController files) {
        this.files = files;
    }

    @GetMapping("/projects/{id}/reports/{reportId}.csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long reportId) {
        return files.csv(id, reportId);
    }

    @GetMapping("/projects/{id}/reports/{reportId}/budget.csv")
    @ResponseBody
    ResponseEntity<byte[]> budgetCsv(@PathVariable long id, @PathVariable long reportId) {
        return files.budgetCsv(id, reportId);
    }

    @GetMapping("/projects/{id}/reports/{reportId}.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long reportId) {
        return files.xlsx(id, reportId);
    }

    @GetMapping("/projects/{id}/reports/{reportId}.pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long reportId) {
        return files.pdf(id, reportId);
    }
}
