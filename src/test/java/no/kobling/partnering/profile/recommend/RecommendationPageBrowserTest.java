package no.kobling.partnering.profile.recommend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.browser.BrowserTest;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.TestOrgNumbers;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.partnering.PartnerProfiles.ProfileData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recommendation page in Chromium: two-way fits with matched terms "your word ↔ their word (gloss)", one-way fits
 * apart and labelled, and an empty list that says why with a link to the profile. axe-core on each state.
 */
@Tag("browser")
class RecommendationPageBrowserTest extends BrowserTest {

    @Autowired
    Companies companies;
    @Autowired
    PartnerProfiles profiles;
    @Autowired
    Actors actors;

    long company(String country, String number) {
        return SystemAccess.run(() -> companies.idByOrgNumber(country, number)).orElseThrow();
    }

    @Test
    void twoWayFitsOneWayFitsAndTheEmptyReasonAreReadableAndAccessible() {
        long ulstein = company("NO", "966131861");
        login("samtalepart");
        page.navigate("/partnering/profiles/" + ulstein + "/recommendations");
        assertThat(page.locator("#two-way ol.recommendations li").first()).containsText("Oulun Hitsaus");
        assertThat(page.locator("#two-way ol.recommendations li").first()).containsText("\u2194");
        assertThat(page.locator("#two-way ol.recommendations li").first()).containsText("Passer begge veier");
        assertAccessible();

        // a profile that offers something but seeks nothing: the page says why and what to add
        Long tromso = SystemAccess.run(() -> actors.organisationIdByName("Bedriftskompetanse")).orElseThrow();
        String number = TestOrgNumbers.norway();
        long lonely = SystemAccess.run(() -> companies.register(new CompanyData("NO", number,
                "Test Rec Ensom " + number, "AS", "22.19", null, 5, null, Set.of())));
        SystemAccess.run(() -> {
            profiles.saveProfile(new ProfileData(lonely, tromso, "Vi lager gummipakninger", "", Set.of(), Set.of(),
                    Set.of(), Set.of(), Set.of(), Set.of("nb"), false));
            return null;
        });
        page.navigate("/partnering/profiles/" + lonely + "/recommendations");
        assertThat(page.locator("#empty-reason")).hasAttribute("data-code", "no-seeks");
        assertThat(page.locator("#empty-reason")).containsText("Profilen sier ikke hva bedriften søker");
        assertThat(page.locator("#empty-reason a[href$='/edit']")).isVisible();
        assertAccessible();
    }
}
