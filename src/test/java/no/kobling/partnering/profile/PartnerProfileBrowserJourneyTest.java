package no.kobling.partnering.profile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import no.kobling.browser.BrowserTest;
import no.kobling.company.Companies;
import no.kobling.identity.SystemAccess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Partner search in Chromium ({@code ./mvnw verify -Pbrowser}): a facilitator creates a Norwegian profile for a demo
 * company, validates and edits it, and sees a Finnish company among the recommendations with the reasons and an
 * "open a case" link; the demo welding buyer finds the Finnish welding workshop. axe-core on every page.
 */
@Tag("browser")
class PartnerProfileBrowserJourneyTest extends BrowserTest {

    @Autowired
    Companies companies;

    long company(String country, String number) {
        return SystemAccess.run(() -> companies.idByOrgNumber(country, number)).orElseThrow();
    }

    @Test
    void facilitatorCreatesAProfileAndSeesACrossBorderMatch() {
        long sula = company("NO", "909139090");
        login("samtalepart");
        page.navigate("/partnering");
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible();

        page.navigate("/partnering/profiles/" + sula);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/partnering/profiles/" + sula + "/edit"));
        assertAccessible();
        page.locator("#offers").fill("Vi driver kafé og bakeri med catering, og selger nordiske matvarer i butikken.");
        page.locator("#seeks").fill("Vi søker leverandør av laks og hvitfisk.");
        page.locator("input[name=cooperationTypes][value=SUPPLIER]").check();
        page.locator("input[name=languages][value=nb]").check();
        page.locator("input[name=languages][value=en]").check();
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/partnering/profiles/" + sula));
        assertThat(page.locator(".badge")).containsText("Utkast");
        assertAccessible();

        page.locator("form[action$='/validate'] button").click();
        assertThat(page.locator(".badge")).containsText("Validert");
        page.locator("a[href$='/edit']").first().click();
        page.locator("#seeks").fill("Vi søker leverandør av laks, hvitfisk og sjømat fra Norge eller Finland.");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("p[lang=nb]").nth(1)).containsText("sjømat fra Norge eller Finland");
        assertThat(page.locator(".badge")).containsText("Validert");

        page.navigate("/partnering/profiles/" + sula + "/recommendations");
        // two-way and one-way fits are separate lists (issue 17): the company is in one of them
        assertThat(page.locator("ol.recommendations li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Kemin Kalatukku")).first()).isVisible();
        assertThat(page.locator("ol.recommendations li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Sjømat")).first()).isVisible();
        // a facilitator may open a case from a one-way fit too (a buyer meeting a supplier is the common case)
        assertThat(page.locator("a[href*='/cases/new?companyA=" + sula + "']").first()).isVisible();
        assertAccessible();
    }

    @Test
    void theNorwegianWeldingBuyerFindsTheFinnishWeldingWorkshop() {
        long ulstein = company("NO", "966131861");
        long oulu = company("FI", "2841507-2");
        login("samtalepart");
        page.navigate("/partnering/profiles/" + ulstein + "/recommendations");
        assertThat(page.locator("ol.recommendations li").first()).containsText("Oulun Hitsaus");
        assertThat(page.locator("ol.recommendations li").first()).containsText("Sveising");
        assertThat(page.locator("a[href='/cases/new?companyA=" + ulstein + "&companyB=" + oulu + "']")).isVisible();
        assertAccessible();
        page.navigate("/partnering/profiles/" + oulu);
        assertThat(page.locator("p[lang=fi]").first()).containsText("hitsauspalveluja");
        assertAccessible();
    }
}
