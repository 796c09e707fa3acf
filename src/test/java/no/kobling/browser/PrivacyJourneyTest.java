package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kobling.actor.Actors;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.PersonData;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The privacy pages in the browser (issue 19 points 1-5): every page of the administrator and of the data protection
 * officer — requests (find, the records found), consents and their texts, the read log, retention rules and runs, the
 * record of processing, "my data", the officer's home page and the single sign-on administration — at 1280 and 390
 * px: axe-core finds no serious or critical violation and no page scrolls sideways. And a journey: the administrator
 * finds a person, downloads the JSON and PDF exports (both answer, the JSON holds the person), and erases the person
 * through the form (the confirmation is required; afterwards the person is found nowhere).
 */
class PrivacyJourneyTest extends BrowserTest {

    static final String DPO_PASSWORD = "officer-" + UUID.randomUUID();

    @Autowired
    Actors actors;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcClient jdbc;

    /** The PDF export renders on the server: more patience than the journeys' default on a busy machine. */
    @BeforeEach
    void patience() {
        context.setDefaultTimeout(60_000);
    }

    @Test
    void everyPrivacyPageIsAccessibleForTheOfficerAndTheAdministrator() {
        long organisation = organisations.all().get(0).id();
        String officer = "dpo-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAccess.run(() -> users.createUser(new UserAdministration.NewUser(officer, "Personvernombud Test",
                officer + "@example.no", DPO_PASSWORD, organisation, Set.of("DATA_PROTECTION_OFFICER"), "nb")));
        String email = person(organisation, "Consent");
        loginAs(officer, DPO_PASSWORD);
        // the officer's home page, then each privacy page
        check("/", "home");
        for (String url : List.of("/privacy", "/privacy/consents", "/privacy/consents?email=" + email,
                "/privacy/read-log", "/privacy/retention", "/privacy/processing", "/privacy/mine")) {
            check(url, url);
        }
        // a consent recorded through the form, listed with its text version, then withdrawn
        page.setViewportSize(1280, 900);
        page.navigate("/privacy/consents?email=" + email);
        page.locator("#purpose").selectOption("PARTNER_SHARING");
        page.locator("#how").selectOption("FORM");
        page.locator("form[action$='/privacy/consents'][method=post] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("form[action*='/withdraw'] button[type=submit]").first()).isVisible();
        assertAccessible();
        page.locator("form[action*='/withdraw'] button[type=submit]").first().click();
        page.waitForLoadState();
        assertAccessible();
        assertThat(jdbc.sql("select count(*) from privacy_consent where email = ? and withdrawn_at is not null")
                .param(email).query(Long.class).single()).isEqualTo(1L);
        // the found person (the request page with the records, the export and erasure forms)
        findPerson(email);
        assertAccessible();
        page.setViewportSize(390, 844);
        assertAccessible();
        assertNoSidewaysScroll("request phone");
        // the officer reads no business data and does not administer sign-in
        assertThat(page.navigate("/admin/sso").status()).isIn(403, 404);

        logout();
        login("admin");
        check("/admin/sso", "sso administration");
        check("/admin/sso/new", "new identity provider");
        check("/privacy/read-log", "read log (administrator)");
    }

    @Test
    void theAdministratorExportsAndErasesAPersonThroughThePages() throws Exception {
        long organisation = organisations.all().get(0).id();
        String email = person(organisation, "Slett");
        login("admin");
        findPerson(email);
        assertThat(page.locator("#result table tbody tr")).not().hasCount(0);

        Download json = page.waitForDownload(() -> page.locator("form[action$='/export.json'] button").click());
        JsonNode export = JsonMapper.builder().build().readTree(Files.readString(json.path(), StandardCharsets.UTF_8));
        assertThat(export.toString()).contains(email);
        assertThat(export.get("records").isArray()).isTrue();
        Download pdf = page.waitForDownload(() -> page.locator("form[action$='/export.pdf'] button").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // without the confirmation nothing is erased
        page.locator("form[action$='/subject/erase'] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#result [role=alert]")).isVisible();
        assertAccessible();
        assertThat(count(email)).isEqualTo(1L);

        page.locator("#confirm").check();
        page.locator("form[action$='/subject/erase'] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#result [role=status]")).isVisible();
        assertAccessible();
        assertThat(count(email)).isZero();

        // found nowhere afterwards
        findPerson(email);
        assertThat(page.locator("#result table")).hasCount(0);
    }

    private long count(String email) {
        return jdbc.sql("select count(*) from actor_person where lower(email) = ?").param(email).query(Long.class)
                .single();
    }

    private String person(long organisation, String what) {
        // letters only: each hex digit of a random UUID mapped to a letter
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars()
                .mapToObj(ch -> String.valueOf((char) ('a' + Character.digit(ch, 16)))).reduce("", String::concat);
        String email = "kari." + what.toLowerCase() + "." + token + "@example.no";
        SystemAccess.run(() -> actors.createPerson(new PersonData("Kari " + what + token, Set.of(NetworkRole.ADVISOR),
                organisation, null, Set.of("nb"), Set.of(), email, null, true, null)));
        return email;
    }

    private void findPerson(String email) {
        page.setViewportSize(1280, 900);
        page.navigate("/privacy");
        page.locator("#email").fill(email);
        page.locator("form[action$='/privacy/subject'] button[type=submit]").click();
        page.waitForLoadState();
    }

    private void loginAs(String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form.stacked button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private void logout() {
        page.navigate("/");
        page.locator("form[action='/logout'] button[type=submit]").click();
        page.waitForURL(url -> url.contains("/login"));
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
