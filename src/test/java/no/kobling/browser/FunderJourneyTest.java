package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo funder (Møre og Romsdal fylkeskommune, user {@code finansierer}) opens the funder view from the navigation,
 * then the project it funds: results against targets, the pyramid, budget and reports; each page checked with
 * axe-core. (XLSX/PDF downloads belong to the reports branch and are not part of this journey yet.)
 */
class FunderJourneyTest extends BrowserTest {

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
}
