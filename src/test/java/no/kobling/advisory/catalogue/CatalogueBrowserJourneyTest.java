package no.kobling.advisory.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import no.kobling.browser.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service catalogue in Chromium ({@code ./mvnw verify -Pbrowser}): the coordinator browses the demo services,
 * refers a company, reads the usage chart and table, finds an expert for a company with the reasons and books hours;
 * axe-core (WCAG 2.1 AA) on every page.
 */
@Tag("browser")
class CatalogueBrowserJourneyTest extends BrowserTest {

    @Test
    void coordinatorBrowsesRefersReadsUsageAndBooksAnExpert() {
        login("koordinator");
        page.navigate("/catalogue");
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("#catalogue-results")).containsText("Eksportprogrammet");
        assertAccessible();

        page.locator("#catalogue-results a", new Page.LocatorOptions().setHasText("Gründerskolen")).first().click();
        assertThat(page.locator("h1")).hasText("Gründerskolen");
        assertAccessible();
        page.locator("#companyId").selectOption(new SelectOption().setLabel("Ulstein Havvind Service AS"));
        page.locator("#referral-form button[type=submit]").click();
        assertThat(page.locator("p.alert.success")).isVisible();
        assertThat(page.locator("table[aria-labelledby=referrals-heading]")).containsText("Ulstein Havvind Service AS");
        assertAccessible();

        page.navigate("/catalogue/usage");
        assertThat(page.locator("#usage-per-municipality")).containsText("Sula");
        page.waitForFunction("() => document.getElementById('usage-chart').dataset.drawn === 'true'");
        assertAccessible();

        page.navigate("/catalogue/experts");
        assertAccessible();
        page.locator("#competence").selectOption("export");
        page.locator("#language").selectOption("de");
        page.locator("#companyId").selectOption(new SelectOption().setLabel("Fjordkanten Sjømat AS"));
        page.locator("#expert-search button[type=submit]").click();
        Locator tore = page.locator("li.expert", new Page.LocatorOptions().setHasText("Tore Lillebø"));
        assertThat(tore).isVisible();
        assertThat(tore.locator("ul.reasons")).containsText("tysk");
        assertAccessible();
        tore.locator("input[name=hours]").fill("2");
        tore.locator("button[type=submit]").click();
        assertThat(page.locator("p.alert.success")).isVisible();
        assertAccessible();

        page.navigate("/catalogue/bookings");
        assertThat(page.locator("#bookings")).containsText("Fjordkanten Sjømat AS");
        assertAccessible();
        page.navigate("/catalogue/services/new");
        assertAccessible();
    }
}
