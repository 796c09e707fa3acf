package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginAndLanguageJourneyTest extends BrowserTest {

    @Test
    void loginPageIsAccessibleAndSwitchesLanguage() {
        page.navigate("/login");
        assertThat(page.locator("h1")).hasText("Logg inn i Kobling");
        assertAccessible();

        page.locator("a[hreflang=fi]").click();
        assertThat(page.locator("h1")).hasText("Kirjaudu Koblingiin");
        assertThat(page.locator("html")).hasAttribute("lang", "fi");
        assertAccessible();
    }

    @Test
    void wrongPasswordIsExplained() {
        page.navigate("/login?lang=en");
        page.locator("#username").fill("nobody-" + System.nanoTime());
        page.locator("#password").fill("wrong-password");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("[role=alert]")).containsText("Check the username and password");
        assertAccessible();
    }
}
