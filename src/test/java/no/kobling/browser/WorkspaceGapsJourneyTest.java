package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages of issue 16 that no journey checked yet (ws16 point 6): the notification preferences and the hub's inbox of
 * incoming referrals, and the case board with its filters, each at desktop and phone width in two languages: axe-core
 * finds no serious or critical violation and the page never scrolls sideways.
 */
class WorkspaceGapsJourneyTest extends BrowserTest {

    static final List<String> LANGUAGES = List.of("nb", "fi");

    @Test
    void notificationPreferencesAreAccessible() {
        login("koordinator");
        try {
            for (String lang : LANGUAGES) {
                check("/notifications/preferences?lang=" + lang, "preferences " + lang);
                assertThat(page.locator("input[type=radio]").count()).isPositive();
            }
        } finally {
            page.navigate("/?lang=nb");
        }
    }

    @Test
    void theHubInboxIsAccessible() {
        login("koordinator");
        try {
            for (String lang : LANGUAGES) {
                page.setViewportSize(1280, 900);
                page.navigate("/catalogue/inbox?lang=" + lang);
                assertThat(page).hasURL(Pattern.compile(".*/catalogue/partnerships/\\d+/inbox.*"));
                check(page.url(), "inbox " + lang);
            }
        } finally {
            page.navigate("/?lang=nb");
        }
    }

    @Test
    void theFilteredCaseBoardIsAccessible() {
        login("samtalepart");
        try {
            check("/cases?lang=en&overdue=true", "case board");
            page.setViewportSize(1280, 900);
            page.locator("#stage").selectOption("FOLLOW_UP");
            page.waitForURL(url -> url.contains("stage=FOLLOW_UP"));
            assertThat(page.locator("#case-board-results")).isVisible();
            assertAccessible();
        } finally {
            page.navigate("/?lang=nb");
        }
    }

    /** The page at 1280 and at 390 px: accessible, and no sideways scroll. */
    private void check(String url, String where) {
        page.setViewportSize(1280, 900);
        page.navigate(url);
        assertThat(page.locator("main, [role=main]").first()).isVisible();
        assertAccessible();
        assertNoSidewaysScroll(where + " desktop");
        page.setViewportSize(390, 844);
        page.reload();
        assertAccessible();
        assertNoSidewaysScroll(where + " phone");
    }

    private void assertNoSidewaysScroll(String where) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        Object widths = page.evaluate("() => document.documentElement.scrollWidth + ' > ' + window.innerWidth");
        assertThat(fits).as(() -> "sideways scroll on " + page.url() + " (" + where + "): " + widths)
                .isEqualTo(Boolean.TRUE);
    }
}
