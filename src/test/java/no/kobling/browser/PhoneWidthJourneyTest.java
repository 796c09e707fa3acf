package no.kobling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No page scrolls sideways on a phone (issue 16 point 6): for six demo roles, at 390 px, every page of the
 * navigation and the home page, plus the first detail pages linked from each of them (same-origin GET links, one
 * level deep; no downloads, API or log-out), must have {@code scrollWidth <= innerWidth}. The test lists every
 * page that fails.
 */
public class PhoneWidthJourneyTest extends BrowserTest {

    static final List<String> ROLES = List.of("admin", "koordinator", "radgiver", "samtalepart", "bedrift",
            "finansierer");
    static final int DETAILS_PER_PAGE = 2;
    static final String LINKS = """
            () => Array.from(document.querySelectorAll('a[href]'))
              .filter(a => a.origin === location.origin && !a.hasAttribute('download'))
              .map(a => a.pathname + a.search)""";

    /** The innermost elements reaching past the right edge (outside scroll boxes), to name the culprit in the failure message. */
    public static final String WIDE_ELEMENTS = """
            () => Array.from(document.body.querySelectorAll('*'))
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .filter(e => ['absolute', 'fixed'].includes(getComputedStyle(e).position) || (() => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; })())
              .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
              .slice(0, 3)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className)
                  .trim().replace(/\\s+/g, '.') : '') + ' ' + Math.round(e.getBoundingClientRect().right))
              .join(', ')""";

    @Test
    void noPageIsWiderThanAPhone() {
        page.setViewportSize(390, 844);
        Set<String> wide = new TreeSet<>();
        int visited = 0;
        for (String role : ROLES) {
            context.clearCookies();
            login(role);
            Set<String> seen = new LinkedHashSet<>();
            List<String> first = new ArrayList<>();
            first.add("/");
            first.addAll(links());
            List<String> second = new ArrayList<>();
            for (String url : first) {
                if (crawlable(url) && seen.add(url) && visit(url, role, wide)) {
                    links().stream().filter(PhoneWidthJourneyTest::detail).filter(u -> !seen.contains(u))
                            .distinct().limit(DETAILS_PER_PAGE).forEach(second::add);
                }
            }
            for (String url : second) {
                if (crawlable(url) && seen.add(url)) {
                    visit(url, role, wide);
                }
            }
            visited += seen.size();
        }
        assertThat(visited).as("pages visited").isGreaterThan(30);
        assertThat(wide).as("pages wider than 390 px (role url: scrollWidth)").isEmpty();
    }

    /** Opens a page and records it when it scrolls sideways; false when it is no HTML page. */
    private boolean visit(String url, String role, Set<String> wide) {
        Response response = page.navigate(url);
        if (response == null || response.status() >= 400
                || !String.valueOf(response.headerValue("content-type")).startsWith("text/html")) {
            return false;
        }
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        Object viewport = page.evaluate("() => window.innerWidth");
        if (((Number) width).intValue() > ((Number) viewport).intValue()) {
            wide.add(role + " " + url + ": " + width + " " + page.evaluate(WIDE_ELEMENTS));
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        return ((List<Object>) page.evaluate(LINKS)).stream().map(String::valueOf).toList();
    }

    static boolean crawlable(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return !path.startsWith("/api") && !path.startsWith("/logout") && !path.startsWith("/webjars")
                && !path.startsWith("/v3") && !path.startsWith("/swagger") && !path.startsWith("/actuator")
                && !url.contains("lang=") && !path.matches(".*\\.(pdf|xlsx|csv|ics|svg|png|zip|json)$")
                && !path.contains("/download") && !path.contains("/export") && !path.contains("/calendar")
                && !path.equals("/login");
    }

    static boolean detail(String url) {
        return url.matches("/[a-z-]+(/[a-z-]+)?/\\d+(/[a-z-]+)?");
    }
}
