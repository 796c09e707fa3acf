package no.kobling.partnering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import no.kobling.browser.BrowserTest;
import no.kobling.company.Companies;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.cases.application.FollowUpService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5's whole journey in Chromium: two profiles in different languages (the demo's Norwegian welding buyer and
 * the Finnish welding workshop, written in Norwegian and Finnish), the match, a case opened from the
 * recommendation, both consents, the meeting held, the reminder of the follow-up (the reminder job run at the due
 * day) and a letter of intent; axe-core on every page.
 */
@Tag("browser")
class PartnerSearchJourneyTest extends BrowserTest {

    @Autowired
    Companies companies;

    @Autowired
    FollowUpService followUps;

    long company(String country, String number) {
        return SystemAccess.run(() -> companies.idByOrgNumber(country, number)).orElseThrow();
    }

    @Test
    void fromCrossLanguageMatchToLetterOfIntent() {
        long ulstein = company("NO", "966131861");
        long oulu = company("FI", "2841507-2");
        login("samtalepart");

        page.navigate("/partnering/profiles/" + oulu);
        assertThat(page.locator("p[lang=fi]").first()).containsText("hitsaus");
        page.navigate("/partnering/profiles/" + ulstein + "/recommendations");
        assertThat(page.locator("ol.recommendations li").first()).containsText("Oulun Hitsaus");
        assertAccessible();

        page.locator("a[href='/cases/new?companyA=" + ulstein + "&companyB=" + oulu + "']").click();
        assertThat(page.locator("h1")).hasCount(1);
        page.locator("#partnershipId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Nordic Business Link"));
        page.locator("#facilitatorA").selectOption(page.locator("#facilitatorA option", new Page.LocatorOptions()
                .setHasText("Bedriftskompetanse")).first().getAttribute("value"));
        page.locator("#facilitatorB").selectOption(page.locator("#facilitatorB option", new Page.LocatorOptions()
                .setHasText("Business Oulu")).first().getAttribute("value"));
        assertAccessible();
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/\\d+$"));
        String caseUrl = page.url();
        assertThat(page.locator("h1")).containsText("Oulun Hitsaus");
        assertAccessible();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (String side : new String[] {"A", "B"}) {
            page.locator("select#side").selectOption(side);
            page.locator("#givenBy").fill(side.equals("A") ? "Daglig leder" : "Toimitusjohtaja");
            page.locator("#givenOn").fill(today);
            page.locator("#how").fill("E-post");
            page.locator("form[action$='/consent'] button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/cases/\\d+.*"));
        }
        assertThat(page.locator("td", new Page.LocatorOptions().setHasText("Toimitusjohtaja"))).hasCount(1);
        assertThat(page.locator("td", new Page.LocatorOptions().setHasText("Daglig leder"))).hasCount(1);

        // Before the introduction stage, recording a meeting is folded under "More actions".
        page.locator("details.more-actions:not([open]) > summary").click();
        page.locator("form[action$='/meetings'] #heldOn").fill(today);
        page.locator("form[action$='/meetings'] button[type=submit]").click();
        assertThat(page.locator("#follow-ups-heading")).isVisible();
        assertAccessible();

        int sent = SystemAccess.run(() -> followUps.sendReminders(Instant.now().plus(15, ChronoUnit.DAYS)));
        assertThat(sent).isGreaterThanOrEqualTo(1);
        page.navigate("/notifications");
        assertThat(page.locator("ul.notifications li.unread").first()).containsText("Oulun Hitsaus");
        assertAccessible();
        page.locator("ul.notifications li.unread", new Page.LocatorOptions().setHasText("Oulun Hitsaus")).first()
                .locator("button").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/\\d+.*"));
        assertThat(page.url()).startsWith(caseUrl);

        page.locator("#outcome-form #kind").selectOption("LETTER_OF_INTENT");
        page.locator("#outcome-form #occurredOn").fill(today);
        page.locator("#outcome-form button[type=submit]").click();
        assertThat(page.locator("table[aria-labelledby=outcomes-heading]")).containsText("Intensjonsavtale");
        assertAccessible();
    }
}
