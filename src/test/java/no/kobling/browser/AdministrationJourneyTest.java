package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** The administrator's pages, each checked with axe-core, and the phone-width layout. */
class AdministrationJourneyTest extends BrowserTest {

    @Test
    void administratorVisitsEveryAdministrationPage() {
        login("admin");
        assertThat(page.locator("h1")).containsText("Velkommen");
        assertAccessible();
        for (String path : new String[] {"/account", "/admin/users", "/admin/users/new", "/admin/roles",
                "/admin/audit", "/geo/regions"}) {
            page.navigate(path);
            assertThat(page.locator("h1")).isVisible();
            assertAccessible();
        }
        page.navigate("/admin/users?q=radgiver");
        assertThat(page.locator("main table")).containsText("radgiver");
        page.locator("main table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("radgiver")).first()
                .click();
        assertThat(page.locator("h1")).containsText("radgiver");
        assertAccessible();
    }

    @Test
    void phoneWidthMenuOpensAndEveryLanguageRenders() {
        page.setViewportSize(390, 844);
        login("koordinator");
        assertThat(page.locator("#main-nav")).isHidden();
        page.locator("button.nav-toggle").click();
        assertThat(page.locator("#main-nav")).isVisible();
        assertAccessible();
        for (String lang : new String[] {"nn", "sv", "fi", "en", "nb"}) {
            page.navigate("/partnerships?lang=" + lang);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertAccessible();
        }
    }
}
