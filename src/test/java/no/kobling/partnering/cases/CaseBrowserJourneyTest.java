package no.kobling.partnering.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneOffset;
import no.kobling.browser.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Partner cases in Chromium ({@code ./mvnw verify -Pbrowser}): the facilitator opens the board, the demo case that
 * came from a matchmaking meeting, is refused a transaction without currency (message next to the field), records a
 * letter of intent, and looks at follow-ups, figures and notifications; axe-core (WCAG 2.1 AA) on every page.
 */
@Tag("browser")
class CaseBrowserJourneyTest extends BrowserTest {

    @Test
    void facilitatorRecordsALetterOfIntentOnTheDemoCase() {
        login("samtalepart");
        page.navigate("/cases");
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("#stage-FOLLOW_UP")).isVisible();
        assertAccessible();

        page.locator(".board-cards a", new Page.LocatorOptions().setHasText("Ulstein Havvind")).first().click();
        assertThat(page.locator("h1")).containsText("Gällivare Gruvteknik");
        assertThat(page.locator(".badge.overdue").first()).isVisible();
        assertAccessible();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        page.locator("#outcome-form #kind").selectOption("TRANSACTION");
        page.locator("#outcome-form #occurredOn").fill(today);
        page.locator("#outcome-form #amount").fill("250000");
        page.locator("#outcome-form button[type=submit]").click();
        assertThat(page.locator("#currency-error")).isVisible();
        assertAccessible();

        page.locator("#outcome-form #kind").selectOption("LETTER_OF_INTENT");
        page.locator("#outcome-form #occurredOn").fill(today);
        page.locator("#outcome-form #amount").fill("");
        page.locator("#outcome-form button[type=submit]").click();
        assertThat(page.locator("table[aria-labelledby=outcomes-heading] tbody tr")).hasCount(1);
        assertThat(page.locator("table[aria-labelledby=outcomes-heading]")).containsText("Intensjonsavtale");
        assertAccessible();

        page.navigate("/cases/follow-ups");
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible();
        page.navigate("/cases/figures");
        page.waitForFunction("() => document.getElementById('case-outcomes-chart').dataset.drawn === 'true'");
        assertAccessible();
        page.navigate("/cases/new");
        assertAccessible();
        page.navigate("/notifications");
        assertAccessible();
    }
}
