package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The demo funders open the funder view from the navigation, then the project they fund: results against targets,
 * the pyramid, budget and reports; each page checked with axe-core.
 * <ul>
 * <li>Møre og Romsdal fylkeskommune ({@code finansierer}) and the Sunnmøre project.</li>
 * <li>Tillväxtverket ({@code finansiar}) and North Business Arena (issue 14 "Done when"): the targets 600 and 200,
 * the pyramid, the acknowledged first year's report, whose XLSX and PDF are downloaded through the page's links;
 * the XLSX is read back with Apache POI (its sheets, and the participating companies equal to the page's figure),
 * the PDF with PDFBox.</li>
 * </ul>
 */
class FunderJourneyTest extends BrowserTest {

    static final String NBA = "North Business Arena – åtta kommuner i samarbete";

    @Test
    void theFunderOpensTheFundedProjectsResults() {
        login("finansierer");
        page.locator("#main-nav a[href='/funding']").click();
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("#funding-projects")).containsText("Næringsvennlig region Sunnmøre");
        assertAccessible();

        page.locator("#funding-projects a", new Page.LocatorOptions().setHasText("Næringsvennlig region Sunnmøre"))
                .click();
        assertThat(page.locator("h1")).containsText("Næringsvennlig region Sunnmøre");
        assertThat(page.locator("#funding-results tbody tr").first()).isVisible();
        assertThat(page.locator("#funding-pyramid tbody tr")).hasCount(4);
        assertThat(page.locator("#funding-reports-heading")).isVisible();
        assertAccessible();

        page.locator("main a[href$='/results']").click();
        assertThat(page.locator("#results-table")).isVisible();
        assertAccessible();
    }

    @Test
    void tillvaxtverketOpensNorthBusinessArenaAndDownloadsTheFirstYearsReport() throws IOException {
        login("finansiar");
        page.locator("#main-nav a[href='/funding']").click();
        assertThat(page.locator("#funding-projects")).containsText(NBA);
        assertThat(page.locator("#funding-projects")).not().containsText("Næringsvennlig region Sunnmøre");
        assertAccessible();

        // results against the article's targets, and the pyramid
        page.locator("#funding-projects a", new Page.LocatorOptions().setHasText(NBA)).click();
        assertThat(page.locator("h1")).hasText(NBA);
        Locator participating = page.locator("#funding-results tr[data-code='companies-participating']");
        assertThat(participating.locator("td").nth(1)).containsText("600");
        assertThat(page.locator("#funding-results tr[data-code='jobs-created'] td").nth(1)).containsText("200");
        Locator pyramid = page.locator("#funding-pyramid tbody tr");
        assertThat(pyramid).hasCount(4);
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            levels.add(Integer.parseInt(pyramid.nth(i).locator("td").innerText().strip()));
        }
        assertThat(levels).isSortedAccordingTo((a, b) -> Integer.compare(b, a)); // it narrows
        assertThat(levels.get(1)).isGreaterThanOrEqualTo(200);
        assertAccessible();

        // the reports: the first year's, acknowledged (the oldest period is listed last)
        Locator reports = page.locator("#funding-reports tbody tr");
        assertThat(reports).hasCount(2);
        reports.last().locator("th a").click();
        assertThat(page.locator("#report-heading")).isVisible();
        assertAccessible();

        Download xlsx = page.waitForDownload(() -> page.locator("main a[href$='.xlsx']").first().click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx.path()); Workbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("summary", "municipality", "country", "target-group", "quarter",
                    "narrative", "budget");
            Sheet summary = book.getSheet("summary");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("ACKNOWLEDGED");
            Row row = null;
            for (Row r : summary) {
                if (r.getRowNum() > 6 && "companies-participating".equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            String label = row.getCell(1).getStringCellValue();
            long value = Math.round(row.getCell(2).getNumericCellValue());
            assertThat(value).isPositive();
            // the same figure as the report page shows
            Locator figure = page.locator("table[aria-labelledby='figures-heading'] tbody tr",
                    new Page.LocatorOptions().setHas(page.locator("th", new Page.LocatorOptions()
                            .setHasText(label))));
            assertThat(figure.first().locator("td").first()).hasText(String.valueOf(value));
            // one municipality sheet row per indicator and municipality: all eight are there
            Sheet municipality = book.getSheet("municipality");
            long kiruna = 0;
            for (Row r : municipality) {
                if (r.getRowNum() > 0 && "companies-participating".equals(r.getCell(0).getStringCellValue())) {
                    kiruna += "Kiruna".equals(r.getCell(2).getStringCellValue()) ? 1 : 0;
                }
            }
            assertThat(kiruna).isEqualTo(1);
        }

        Download pdf = page.waitForDownload(() -> page.locator("main a[href$='.pdf']").first().click());
        byte[] body = Files.readAllBytes(pdf.path());
        assertThat(new String(body, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(body)) {
            // the narrative names the project; the breakdowns name the municipalities
            assertThat(new PDFTextStripper().getText(doc)).contains("North Business Arena", "Kiruna", "Övertorneå");
        }
    }
}
