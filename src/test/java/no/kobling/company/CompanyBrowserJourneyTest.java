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

    @Test
    void advisorNarrowsByCountryMunicipalityPartnershipAndNaceWithHtmx() {
        login("radgiver");
        page.navigate("/companies");
        assertThat(page.locator("#municipality-hint")).isVisible();
        assertThat(page.locator("#municipalityId")).hasCount(0);

        page.locator("#country").selectOption("NO");
        assertThat(page.locator("#municipalityId")).isVisible();
        assertThat(page.locator("#municipality-hint")).hasCount(0);
        page.locator("#municipalityId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Ålesund"));
        assertThat(page.locator("#company-results tbody tr").first()).containsText("Ålesund");
        assertAccessible();

        page.locator("#municipalityId").selectOption("");
        page.locator("#partnershipId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet"));
        assertThat(page.locator("#company-results")).containsText("Fjordkanten Sjømat");

        String section = page.locator("#nace option").nth(1).getAttribute("value");
        page.locator("#nace").selectOption(section);
        assertThat(page.locator("#nace-2")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*nace=" + section + ".*"));
        assertAccessible();
    }
}
