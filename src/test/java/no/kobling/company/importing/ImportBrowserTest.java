package no.kobling.company.importing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import no.kobling.browser.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code ./mvnw verify -Pbrowser}: the administrator uploads the real brreg sample and sees the finished report. */
@Tag("browser")
class ImportBrowserTest extends BrowserTest {

    @Test
    void adminUploadsTheSampleAndSeesProgressAndReport() throws Exception {
        Path sample = ImportTestSupport.file(".csv", ImportTestSupport.resource("brreg_enheter_sample.csv"));
        login("admin");
        page.navigate("/companies/imports?lang=en");
        assertThat(page.locator("h1")).hasText("Imports from the national business registers");
        assertAccessible();
        page.locator("#format").selectOption("brreg-csv");
        page.locator("#file").setInputFiles(sample);
        page.locator("form.stacked button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/companies/imports/\\d+.*"));
        assertThat(page.locator("#run-summary")).containsText("Finished: 20 records read",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("#run-status")).hasText("Completed");
        assertAccessible();
        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Back to all imports")).click();
        assertThat(page.locator("table")).containsText("brreg-csv");
        assertAccessible();
    }
}
