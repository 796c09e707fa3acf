package no.kobling.geo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import no.kobling.browser.BrowserTest;
import no.kobling.identity.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The geo pages in Chromium ({@code ./mvnw verify -Pbrowser}): live search with htmx, the region select following the
 * country, and axe-core (WCAG 2.1 AA, no violation at all) on every geo page. Runs on {@link BrowserTest}: Debian's
 * Chromium, never a downloaded browser.
 */
class GeoBrowserJourneyTest extends BrowserTest {

    @Autowired
    UserAdministration users;
    @Autowired
    Geography geography;

    @Test
    void searchBrowseAndAccessibility() {
        String username = GeoTestUser.create(users, "geo-b-" + UUID.randomUUID().toString().substring(0, 8));
        String base = "";
        List<String> consoleErrors = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            // resource failures are checked through the responses below (the browser's own /favicon.ico request
            // is not a page resource: the app has no favicon yet)
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                consoleErrors.add(r.status() + " " + r.url());
            }
        });
        page.navigate(base + "/login?lang=en");
        page.fill("#username", username);
        page.fill("#password", GeoTestUser.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));

        page.navigate(base + "/geo/municipalities?lang=en");
        checkAccessibility(page);
        page.fill("#q", "Karasjohka");
        assertThat(page.locator("#municipality-results tbody tr")).hasCount(1);
        assertThat(page.locator("#municipality-results")).containsText("Kárášjohka - Karasjok");
        assertThat(page.locator("#municipality-count")).containsText("1 municipality found");
        assertThat(page).hasURL(Pattern.compile(".*q=Karasjohka.*"));
        assertThat(page.locator("h1")).hasCount(1);

        page.fill("#q", "");
        page.selectOption("#country", "FI");
        assertThat(page.locator("#municipality-count")).containsText("308 municipalities found");
        assertThat(page.locator("#regionId optgroup")).hasCount(0);
        assertThat(page.locator("#regionId")).containsText("Lapland");
        page.selectOption("#regionId", new com.microsoft.playwright.options.SelectOption().setLabel("Lapland"));
        assertThat(page.locator("#municipality-count")).containsText("21 municipalities found");
        checkAccessibility(page);

        page.navigate(base + "/geo/municipalities/" + geography.municipalityByCode("NO", "5610").orElseThrow().id());
        checkAccessibility(page);
        page.navigate(base + "/geo/regions");
        checkAccessibility(page);
        page.navigate(base + "/geo/nace?parent=01&lang=fi");
        checkAccessibility(page);
        page.navigate(base + "/geo/nace/01.11?lang=sv");
        checkAccessibility(page);
        page.navigate(base + "/geo/nace?q=fish&lang=nb");
        checkAccessibility(page);
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    static void checkAccessibility(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(results.getViolations()).as(page.url() + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList()).isEmpty();
    }
}
