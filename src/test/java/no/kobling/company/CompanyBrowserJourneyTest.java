package no.kobling.company;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import no.kobling.browser.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The company register in Chromium ({@code ./mvnw verify -Pbrowser}): the advisor searches (autocomplete and
 * filters with htmx under the real CSP), opens a demo company with its chart and table, and the entrepreneur list;
 * axe-core (WCAG 2.1 AA) on every page.
 */
@Tag("browser")
class CompanyBrowserJourneyTest extends BrowserTest {

    @Test
    void advisorSearchesOpensACompanyAndSeesItsFigures() {
        login("radgiver");
        page.navigate("/companies");
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible();

        page.locator("#q").fill("Fjordkant");
        assertThat(page.locator("#suggestions a").first()).containsText("Fjordkanten");
        assertAccessible();

        page.locator("#company-search button[type=submit]").click();
        assertThat(page.locator("#company-results")).containsText("Fjordkanten Sjømat");
        page.locator("#company-results a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Fjordkanten Sjømat")).first().click();
        assertThat(page.locator("h1")).hasText("Fjordkanten Sjømat AS");
        assertThat(page.locator("#figures-chart")).isVisible();
        assertThat(page.locator("table th[scope=row]")).hasCount(3);
        page.waitForFunction("() => document.getElementById('figures-chart').dataset.drawn === 'true'");
        assertAccessible();

        page.navigate("/companies?q=Alesund&country=NO");
        assertAccessible();
        page.navigate("/entrepreneurs");
        assertThat(page.locator("#entrepreneur-results")).containsText("Ingrid Vestnes");
        assertAccessible();
        page.locator("#entrepreneur-results a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Ingrid Vestnes")).first().click();
        assertThat(page.locator("h1")).hasText("Ingrid Vestnes");
        assertAccessible();
        page.navigate("/companies/new");
        assertAccessible();
        page.navigate("/entrepreneurs/new");
        assertAccessible();
    }
}
