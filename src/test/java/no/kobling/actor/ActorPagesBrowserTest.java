package no.kobling.actor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import no.kobling.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/** The actor pages in Chromium: browsing the demo partnerships and forms, each page checked with axe-core. */
class ActorPagesBrowserTest extends BrowserTest {

    @Test
    void coordinatorBrowsesThePartnershipAndItsPeople() {
        login("koordinator");
        page.navigate("/partnerships");
        assertThat(page.locator("h1")).hasText("Partnerskap");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet")).click();
        assertThat(page.locator("h1")).containsText("Nordvestlandet");
        assertThat(page.locator("main")).containsText("Sykkylven");
        assertThat(page.locator("main")).containsText("Eirik Haugland");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre partnerskap")).click();
        assertThat(page.locator("#municipalityIds option:checked")).hasCount(14);
        assertAccessible();

        page.navigate("/people");
        page.locator("#q").fill("Marte");
        assertThat(page.locator("#people-results tbody tr")).hasCount(1);
        assertAccessible();
        page.locator("#people-results").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Marte Solheim")).click();
        assertThat(page.locator("main")).containsText("Innovasjon og produktutvikling");
        assertAccessible();

        page.navigate("/people/new");
        assertAccessible();
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("#name-error")).isVisible();
        assertThat(page.locator("#roles-error")).isVisible();
        assertAccessible();
    }

    @Test
    void administratorCreatesAnOrganisationInFinnish() {
        login("admin");
        page.navigate("/organisations?lang=fi");
        assertThat(page.locator("h1")).hasText("Organisaatiot");
        assertAccessible();
        page.navigate("/organisations/new");
        assertAccessible();
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("#name-error")).isVisible();
        assertAccessible();
        String name = ActorTestSupport.unique("Arctic Hub");
        page.locator("#name").fill(name);
        page.locator("#kind").selectOption("INCUBATOR");
        page.locator("#countryCode").selectOption("FI");
        page.locator("#homeMunicipalityId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Oulu / Uleåborg"));
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("[role=status]")).containsText("Tallennettu");
        assertAccessible();
        page.navigate("/partnerships/new");
        assertAccessible();
        page.navigate("/organisations?lang=nb");
    }
}
