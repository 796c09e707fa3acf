package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.application.SsoProviderService;
import no.kobling.identity.application.SsoProviderService.ProviderCommand;
import no.kobling.identity.domain.SsoProvider.Kind;
import no.kobling.identity.domain.SsoProvider.MatchClaim;
import oidcprovider.TestOpenIdProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Single sign-on in the browser (issue 19 point 6): Kobling's login page (axe), "Sign in with …", the real test
 * provider's login form, back on Kobling's home page as the provisioned user, and single logout through the provider
 * back to Kobling's login page.
 */
class SsoJourneyTest extends BrowserTest {

    @Autowired
    SsoProviderService providers;
    @Autowired
    OrganisationDirectory organisations;

    @Test
    void signsInThroughTheProviderAndOutAgain() {
        TestOpenIdProvider idp = TestOpenIdProvider.shared();
        String id = "b-" + UUID.randomUUID().toString().substring(0, 8);
        String clientId = "kobling-" + id;
        String secret = "secret-" + UUID.randomUUID();
        String base = "http://localhost:" + port;
        idp.registerClient(clientId, secret, base + "/login/oauth2/code/" + id, base + "/login?logout");
        long organisation = organisations.all().get(0).id();
        SystemAccess.run(() -> providers.create(new ProviderCommand(id, "Testkommune " + id, Kind.OIDC, organisation,
                idp.issuer(), clientId, secret, null, Set.of("profile", "email"), MatchClaim.EMAIL,
                Set.of(id + ".example"), "ADVISOR", true, null)));
        String login = "browser-" + id;
        idp.addUser(login, "pw-" + login, Map.of("email", login + "@" + id + ".example", "email_verified", true,
                "name", "Sigrid SSO " + id));

        page.navigate("/login");
        assertThat(page.locator("#sso-" + id)).isVisible();
        assertAccessible();
        page.locator("#sso-" + id).click();

        // the provider's own login form (another origin)
        page.waitForURL(url -> url.startsWith(idp.issuer() + "/login"));
        page.locator("input[name=username]").fill(login);
        page.locator("input[name=password]").fill("pw-" + login);
        page.locator("button[type=submit]").click();

        page.waitForURL(url -> url.equals(base + "/"));
        assertThat(page.locator("body")).containsText("Sigrid SSO " + id);
        assertAccessible();

        page.locator("form[action='/logout'] button[type=submit]").click();
        page.waitForURL(url -> url.startsWith(base + "/login?logout"));
        assertThat(page.locator("#username")).isVisible();
    }
}
