package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "Done when": the coordinator takes a business-friendly region project from its pre-study through a
 * decision gate (GO, minutes attached as a PDF) into the pre-project, sees it on the timeline, and prints the plan.
 * Every page is checked with axe-core; the timeline also at phone width.
 */
class ProjectJourneyTest extends BrowserTest {

    static final String NORDVESTLANDET = "Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet";

    @Test
    void coordinatorTakesAProjectThroughTheGateIntoThePreProjectAndPrintsThePlan() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String name = "Næringsvennlig Nordvest " + UUID.randomUUID().toString().substring(0, 6);
        login("koordinator");

        page.navigate("/projects");
        assertThat(page.locator("h1")).isVisible();
        assertAccessible();

        // a new business-friendly region project of the Nordvestlandet partnership
        page.navigate("/projects/new");
        Locator partnership = page.locator("#choose-partnership");
        partnership.selectOption(new SelectOption().setLabel(NORDVESTLANDET));
        page.locator("form.toolbar button[type=submit]").click();
        assertThat(page.locator("#name")).isVisible();
        assertAccessible();
        page.locator("#name").fill(name);
        page.locator("#typeId").selectOption(new SelectOption().setLabel("Næringsvennlig region (Innovasjon Norge)"));
        page.locator("#startDate").fill(today.minusMonths(3).toString());
        page.locator("input[name=partyIds]").first().check();
        page.locator("input[name=municipalityIds]").first().check();
        page.locator("form.stacked button[type=submit]").first().click();
        page.waitForURL(url -> url.matches(".*/projects/\\d+$"));
        assertThat(page.locator("h1")).hasText(name);
        assertAccessible();
        String projectUrl = page.url();

        // start the pre-study (the first phase waits for nothing)
        Locator start = page.locator("form[action$='/start']").first();
        start.locator("input[name=startedOn]").fill(today.minusMonths(2).toString());
        start.locator("button[type=submit]").click();
        page.waitForURL(projectUrl + "**");

        // the pre-project may not start before the pre-study's gate said GO: record GO with the minutes
        Locator gate = page.locator("form[action$='/gates']").first();
        gate.locator("input[name=decisionBody]").fill("Regionrådet for Nordmøre og Romsdal");
        gate.locator("input[name=decidedOn]").fill(today.toString());
        gate.locator("select[name=decision]").selectOption("GO");
        gate.locator("input[name=minutes]").setInputFiles(
                new FilePayload("referat-forstudie.pdf", "application/pdf", minutesPdf()));
        gate.locator("button[type=submit]").click();
        page.waitForURL(projectUrl + "**");
        assertThat(page.locator("main")).containsText("referat-forstudie.pdf");
        assertAccessible();

        // start the pre-project today
        Locator next = page.locator("form[action$='/start']").first();
        next.locator("input[name=startedOn]").fill(today.toString());
        next.locator("button[type=submit]").click();
        page.waitForURL(projectUrl + "**");

        // the timeline shows the passed gate and the running pre-project, as a chart and as tables
        Locator timeline = page.locator("#timeline");
        assertThat(timeline).isVisible();
        assertThat(timeline.locator(".tl-chart")).isVisible();
        Locator preProject = timeline.locator("table[aria-labelledby=timeline-phases] tbody tr").nth(1);
        assertThat(preProject.locator("th")).hasText("Forprosjekt");
        assertThat(preProject).containsText("Pågår");
        assertThat(timeline.locator("table[aria-labelledby=timeline-gates]")).containsText("Videre");
        timeline.screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Path.of("target",
                "project-timeline.png"))); // to look at
        assertAccessible();

        // the plan as PDF, through the page's link (same session)
        String pdfHref = page.locator("#plan-pdf").getAttribute("href");
        APIResponse pdf = page.request().get(pdfHref);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        byte[] body = pdf.body();
        assertThat(new String(body, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Prosjektplan", name, "Forstudie", "Forprosjekt", "Hovedprosjekt",
                    "Videre", "referat-forstudie.pdf");
        }

        // at phone width the timeline fits and stays accessible
        page.setViewportSize(390, 844);
        page.navigate(projectUrl + "#timeline");
        Locator chart = page.locator("#timeline .tl-chart");
        assertThat(chart).isVisible();
        assertThat(chart.boundingBox().width).isLessThanOrEqualTo(390);
        chart.screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Path.of("target",
                "project-timeline-phone.png"))); // to look at
        assertAccessible();
    }

    /** A small real PDF as a council's minutes (uploads are recognised by content). */
    static byte[] minutesPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
