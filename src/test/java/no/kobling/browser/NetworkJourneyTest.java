package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A coordinator finds the demo network, records a meeting and opens the forms; each page checked with axe-core. */
class NetworkJourneyTest extends BrowserTest {

    @Test
    void coordinatorRecordsAMeetingOfTheDemoNetwork() {
        login("koordinator");
        page.navigate("/networks");
        assertThat(page.locator("main table")).containsText("Maritimt leverandørnettverk Sunnmøre");
        assertAccessible();
        page.locator("main table a", new Page.LocatorOptions().setHasText("Maritimt leverandørnettverk")).click();
        assertThat(page.locator("h1")).containsText("Maritimt leverandørnettverk Sunnmøre");
        assertAccessible();

        String topic = "Felles innkjøp " + System.nanoTime();
        page.locator("#heldOn").fill(LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString());
        page.locator("#topic").fill(topic);
        page.locator("#place").fill("Ulstein");
        page.locator("input[name=attendingCompanyIds]").first().check();
        page.locator("form[action$='/meetings'] button[type=submit]").click();
        assertThat(page.locator("#meetings + .table-wrap table")).containsText(topic);

        page.navigate("/networks/new");
        assertThat(page.locator("h1")).isVisible();
        assertAccessible();
        page.navigate("/networks?status=ENDED");
        assertAccessible();
    }
}
