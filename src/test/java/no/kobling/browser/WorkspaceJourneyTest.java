package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every demo role opens its home page (issue 16) at desktop (1280) and phone (390) width in all five languages:
 * axe-core finds no serious or critical violation and the page never scrolls sideways. On the phone the menu and one
 * navigation group are opened as a disclosure.
 */
class WorkspaceJourneyTest extends BrowserTest {

    static final List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en");

    @ParameterizedTest
    @CsvSource({
            "radgiver, home-advisor, nav-advisory",
            "koordinator, home-coordinator, nav-partnering",
            "samtalepart, home-facilitator, nav-partnering",
            "mentor, home-expert, nav-advisory",
            "bedrift, home-company, nav-partnering",
            "finansierer, home-funder, nav-projects",
            "admin, home-admin, nav-admin"})
    void homePageOfEveryRoleAtDesktopAndPhoneInEveryLanguage(String username, String section, String group) {
        page.setViewportSize(1280, 900);
        login(username);
        try {
            for (String lang : LANGUAGES) {
                page.setViewportSize(1280, 900);
                page.navigate("/?lang=" + lang);
                assertThat(page.locator("html")).hasAttribute("lang", lang);
                assertThat(page.locator("#" + section)).isVisible();
                assertThat(page.locator("#" + group)).isVisible();
                assertAccessible();
                assertNoSidewaysScroll(lang + " desktop");

                page.setViewportSize(390, 844);
                page.reload();
                assertNoSidewaysScroll(lang + " phone");
                assertThat(page.locator("#" + section)).isVisible();
                // the menu opens, then one area opens as a disclosure
                Locator menu = page.locator("button.nav-toggle");
                menu.click();
                assertThat(menu).hasAttribute("aria-expanded", "true");
                Locator toggle = page.locator("button[aria-controls=" + group + "]");
                assertThat(page.locator("#" + group)).isHidden();
                toggle.click();
                assertThat(toggle).hasAttribute("aria-expanded", "true");
                assertThat(page.locator("#" + group + " a").first()).isVisible();
                assertAccessible();
                assertNoSidewaysScroll(lang + " phone with the menu open");
            }
        } finally {
            // the language is remembered for the account: leave the demo user as it was
            page.navigate("/?lang=nb");
        }
    }

    private void assertNoSidewaysScroll(String where) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        Object widths = page.evaluate("() => document.documentElement.scrollWidth + ' > ' + window.innerWidth");
        assertThat(fits).as(() -> "sideways scroll on " + page.url() + " (" + where + "): " + widths)
                .isEqualTo(Boolean.TRUE);
    }
}
