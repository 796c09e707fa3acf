package no.kobling.advisory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import no.kobling.browser.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Advisory work in Chromium ({@code ./mvnw verify -Pbrowser}): the Giske advisor logs a quick visit and then a deep
 * dive for Sula Kafé og Bakeri and sees the company move up the partnership's pyramid (chart, table, drill-down);
 * axe-core (WCAG 2.1 AA) on every page.
 */
@Tag("browser")
class AdvisoryBrowserJourneyTest extends BrowserTest {

    static final String SULA = "909139090";

    long count(String level) {
        return Long.parseLong(page.locator("#pyramid-table tr[data-level=" + level + "] td.count").innerText().strip());
    }

    void openPyramid() {
        page.navigate("/advisory/pyramid");
        assertThat(page.locator("#pyramid-table")).isVisible();
        assertThat(page.locator("#pyramid-funnel li")).hasCount(4);
    }

    @Test
    void anAdvisorLogsAVisitAndADeepDiveAndTheCompanyMovesUpThePyramid() {
        login("radgiver");
        page.navigate("/advisory");
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("#follow-ups-heading")).isVisible();
        assertAccessible();

        openPyramid();
        long contactedBefore = count("CONTACTED");
        long deepBefore = count("DEEP_DIVE");
        assertAccessible();

        // quick visit: one company by organisation number, everything else defaults (today, visit, 1 hour)
        page.navigate("/advisory/quick");
        assertAccessible();
        page.locator("#orgNumber").fill(SULA);
        page.locator("#quick-form button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/advisory/activities/\\d+$"));
        assertThat(page.locator("dl")).containsText("Sula Kafé og Bakeri");
        assertAccessible();

        openPyramid();
        assertThat(count("CONTACTED")).isEqualTo(contactedBefore + 1);
        assertThat(count("DEEP_DIVE")).isEqualTo(deepBefore);

        // a deep dive for the same company with the full form
        page.navigate("/advisory/activities/new");
        assertAccessible();
        String deepDive = page.locator("#kindId option[data-code=DEEP_DIVE]").getAttribute("value");
        page.selectOption("#kindId", deepDive);
        page.locator("#orgNumber").fill(SULA);
        page.locator("#hours").fill("6");
        page.locator("#activity-form button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/advisory/activities/\\d+$"));

        openPyramid();
        assertThat(count("CONTACTED")).isEqualTo(contactedBefore + 1);
        assertThat(count("DEEP_DIVE")).isEqualTo(deepBefore + 1);
        assertAccessible();
        page.locator("#pyramid-table tr[data-level=DEEP_DIVE] a").click();
        assertThat(page.locator("#drill-down")).containsText("Sula Kafé og Bakeri");
        assertAccessible();

        page.locator("#drill-down a", new Page.LocatorOptions().setHasText("Sula Kafé og Bakeri")).click();
        assertThat(page.locator("h1")).hasText("Sula Kafé og Bakeri");
        assertAccessible();

        page.navigate("/advisory/kinds");
        assertAccessible();
    }
}
