package no.kobling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.support.TestProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browser journeys: the real application on a random port, driven by Playwright in Debian's Chromium (never a
 * downloaded browser). Every page a journey visits is checked with axe-core (WCAG 2.1 A/AA): no serious or
 * critical violations. Run with {@code ./mvnw verify -Pbrowser}; under CI=true a missing Chromium fails.
 */
@Tag("browser")
// page sessions in the database as in production (Spring Session JDBC): every flash message and session attribute a
// journey meets is serialised (the MockMvc tests keep the container's sessions, see application-test.properties)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String DEMO_PASSWORD = "kobling-demo";
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Debian's chromium is required under CI: apt-get install chromium");
            }
            Assumptions.abort("no /usr/bin/chromium on this machine");
        }
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        }
    }

    @AfterAll
    static void keepBrowserForNextClass() {
        // one browser for the whole run; closed by the JVM shutdown hook below
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        }));
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("nb-NO")
                .setBypassCSP(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected void login(String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("form.stacked button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** axe-core on the current page: WCAG 2.1 A and AA, no serious or critical violations. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> Set.of("serious", "critical").contains(v.getImpact()))
                .toList();
        assertThat(serious).as(() -> "axe-core violations on " + page.url() + ":\n" + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
