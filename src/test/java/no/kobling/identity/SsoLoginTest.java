package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.application.KoblingUserDetails;
import no.kobling.identity.application.UserChanges;
import no.kobling.identity.application.UserService;
import no.kobling.identity.application.UserView;
import no.kobling.support.IntegrationTest;
import oidcprovider.TestOpenIdProvider;
import oidcprovider.TestOpenIdProvider.Tamper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Single sign-on (issue 19 point 6) against a real OpenID provider (Spring Authorization Server, started in this
 * JVM): the whole authorization-code flow, Kobling through MockMvc, the provider over HTTP, Kobling's token request
 * over real HTTP. No token is made by hand: bad ones are signed by the provider with a wrong issuer, audience or nonce.
 */
@IntegrationTest
class SsoLoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    UserService userService;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    JdbcTemplate jdbc;

    TestOpenIdProvider idp = TestOpenIdProvider.shared();
    TestUsers users;
    String admin;
    String adminToken;
    long organisation;
    long otherOrganisation;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
        admin = users.create("sso-admin", "ADMINISTRATOR");
        adminToken = users.token(admin).secret();
        List<OrganisationDirectory.OrganisationRef> all = organisations.all();
        organisation = all.get(0).id();
        otherOrganisation = all.get(1).id();
    }

    record Provider(String registrationId, String clientId, long id) {
    }

    /** A provider of {@code organisation} in Kobling (through the API) and its client at the test provider. */
    Provider provider(String matchClaim, String defaultRole) throws Exception {
        String registrationId = "t-" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(),
                0, 5);
        String clientId = "kobling-" + registrationId;
        String secret = "secret-" + UUID.randomUUID();
        idp.registerClient(clientId, secret, "http://localhost/login/oauth2/code/" + registrationId,
                "http://localhost/login?logout");
        String body = """
                {"registrationId":"%s","displayName":"Test IdP %s","kind":"OIDC","organisationId":%d,
                 "issuerUri":"%s","clientId":"%s","clientSecret":"%s","scopes":["profile","email"],
                 "matchClaim":"%s","emailDomains":["%s.example"],"defaultRole":"%s","enabled":true}
                """.formatted(registrationId, registrationId, organisation, idp.issuer(), clientId, secret,
                matchClaim, registrationId, defaultRole);
        MvcResult created = mvc.perform(post("/api/v1/admin/sso-providers")
                        .header("Authorization", TestUsers.bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secretSource").value("encrypted"))
                .andExpect(jsonPath("$.clientSecret").doesNotExist())
                .andReturn();
        long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        // the secret is stored encrypted, never in clear text
        String stored = jdbc.queryForObject("select secret_encrypted from identity_sso_provider where id = ?",
                String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        return new Provider(registrationId, clientId, id);
    }

    /** A person at the provider; returns their login name there. */
    String person(Map<String, Object> claims) {
        String login = "person-" + UUID.randomUUID().toString().substring(0, 8);
        idp.addUser(login, "pw-" + login, claims);
        return login;
    }

    /**
     * Runs the code flow: Kobling's login link, the provider's login form, back to Kobling's redirect URI. Returns
     * where Kobling sends the browser at the end.
     */
    String signIn(Provider provider, String login, MockHttpSession session) throws Exception {
        String start = mvc.perform(get("/login/sso/" + provider.registrationId()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(start).isEqualTo("/oauth2/authorization/" + provider.registrationId());
        String authorize = mvc.perform(get(start).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(idp.issuer() + "/oauth2/authorize").contains("nonce=");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(location(r)).endsWith("/login");
        r = send(browser, HttpRequest.newBuilder(URI.create(idp.issuer() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(login) + "&password=" + enc("pw-" + login))));
        assertThat(r.statusCode()).isEqualTo(302);
        String again = location(r);
        r = send(browser, HttpRequest.newBuilder(URI.create(again.startsWith("http") ? again : idp.issuer() + again))
                .GET());
        assertThat(r.statusCode()).isEqualTo(302);
        String callback = location(r);
        assertThat(callback).startsWith("http://localhost/login/oauth2/code/" + provider.registrationId() + "?");
        lastProviderBrowser = browser;
        return mvc.perform(get(URI.create(callback)).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    HttpClient lastProviderBrowser;

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElseThrow();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static KoblingUserDetails signedIn(MockHttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(context instanceof SecurityContext sc) || sc.getAuthentication() == null) {
            return null;
        }
        return sc.getAuthentication().getPrincipal() instanceof KoblingUserDetails d ? d : null;
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aNewPersonIsProvisionedIntoTheProvidersOrganisationWithTheDefaultRoleAndAudited() throws Exception {
        Provider p = provider("EMAIL", "ADVISOR");
        String email = "kari-" + UUID.randomUUID().toString().substring(0, 6) + "@" + p.registrationId() + ".example";
        String login = person(Map.of("email", email, "email_verified", true, "name", "Kari Nordmann"));
        MockHttpSession session = new MockHttpSession();

        assertThat(signIn(p, login, session)).isEqualTo("/");

        KoblingUserDetails user = signedIn(session);
        assertThat(user).isNotNull();
        assertThat(user.getUsername()).isEqualTo(email);
        assertThat(user.getDisplayName()).isEqualTo("Kari Nordmann");
        assertThat(user.getOrganisationId()).isEqualTo(organisation);
        assertThat(user.getPermissions()).contains(Permission.LOG_ACTIVITIES)
                .doesNotContain(Permission.ADMINISTER_USERS);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(count("select count(*) from identity_sso_link where provider_id = ? and user_id = ?", p.id(),
                user.getId())).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where actor = ? and entity_type = 'UserAccount' "
                + "and entity_id = ? and action = 'CREATE'", "sso:" + p.registrationId(),
                String.valueOf(user.getId()))).isEqualTo(1);

        // the second sign-in finds the same user by the subject, and creates nobody
        long usersBefore = count("select count(*) from identity_user");
        MockHttpSession second = new MockHttpSession();
        assertThat(signIn(p, login, second)).isEqualTo("/");
        assertThat(signedIn(second).getId()).isEqualTo(user.getId());
        assertThat(count("select count(*) from identity_user")).isEqualTo(usersBefore);
    }

    @Test
    void anExistingUserOfTheOrganisationIsMatchedByVerifiedEmail() throws Exception {
        Provider p = provider("EMAIL", "ADVISOR");
        String username = TestUsers.unique("sso-match");
        String email = username + "@" + p.registrationId() + ".example";
        long id = SystemAccess.run(() -> userService.createUser(new NewUser(username, "Existing", email,
                TestUsers.PASSWORD, organisation, Set.of("MENTOR"), "nb"), true));
        String login = person(Map.of("email", email.toUpperCase(), "email_verified", true));

        assertThat(signIn(p, login, new MockHttpSession())).isEqualTo("/");
        assertThat(count("select count(*) from identity_sso_link where provider_id = ? and user_id = ?", p.id(), id))
                .isEqualTo(1);

        // an unverified address matches nobody: a new user is made instead of taking over the account
        String unverified = person(Map.of("email", email, "email_verified", false));
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(p, unverified, session)).isEqualTo("/");
        assertThat(signedIn(session).getId()).isNotEqualTo(id);
    }

    @Test
    void anIdTokenWithAWrongIssuerAudienceOrNonceIsRefusedAndNobodyIsSignedIn() throws Exception {
        Provider p = provider("EMAIL", "ADVISOR");
        String email = "tampered-" + UUID.randomUUID().toString().substring(0, 6) + "@" + p.registrationId()
                + ".example";
        String login = person(Map.of("email", email, "email_verified", true));
        long usersBefore = count("select count(*) from identity_user");
        try {
            for (Tamper how : List.of(Tamper.ISSUER, Tamper.AUDIENCE, Tamper.NONCE)) {
                idp.tamper(p.clientId(), how);
                MockHttpSession session = new MockHttpSession();
                String end = signIn(p, login, session);
                assertThat(end).as(how.name()).isEqualTo("/login?sso-error="
                        + (how == Tamper.NONCE ? "invalid_nonce" : "invalid_id_token"));
                assertThat(signedIn(session)).as(how.name()).isNull();
                mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
                // the login page says what happened
                String page = mvc.perform(get(end).session(session)).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsString();
                assertThat(page).contains("id=\"sso-error\"");
            }
        } finally {
            idp.tamper(p.clientId(), Tamper.NONE);
        }
        assertThat(count("select count(*) from identity_user")).isEqualTo(usersBefore);
        assertThat(count("select count(*) from identity_sso_link where provider_id = ?", p.id())).isZero();

        // the same person with honest tokens gets in
        assertThat(signIn(p, login, new MockHttpSession())).isEqualTo("/");
    }

    @Test
    void aDisabledUserIsRefusedWithoutASessionAndNothingIsLinked() throws Exception {
        Provider p = provider("EMAIL", "ADVISOR");
        // a user who signed in before and was disabled since
        String email = "left-" + UUID.randomUUID().toString().substring(0, 6) + "@" + p.registrationId() + ".example";
        String login = person(Map.of("email", email, "email_verified", true));
        MockHttpSession first = new MockHttpSession();
        assertThat(signIn(p, login, first)).isEqualTo("/");
        long id = signedIn(first).getId();
        users.actingAs(admin, () -> {
            UserView v = userService.get(id);
            return userService.update(id, new UserChanges(v.displayName(), v.email(), v.organisationId(),
                    Set.copyOf(v.roles()), false, v.version()));
        });
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(p, login, session)).isEqualTo("/login?sso-error=sso-user-disabled");
        assertThat(signedIn(session)).isNull();
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());

        // a disabled user matched by e-mail for the first time: refused, and no link is written
        String username = TestUsers.unique("sso-disabled");
        String email2 = username + "@" + p.registrationId() + ".example";
        long disabled = SystemAccess.run(() -> userService.createUser(new NewUser(username, "Disabled", email2,
                TestUsers.PASSWORD, organisation, Set.of("MENTOR"), "nb"), false));
        String login2 = person(Map.of("email", email2, "email_verified", true));
        MockHttpSession session2 = new MockHttpSession();
        assertThat(signIn(p, login2, session2)).isEqualTo("/login?sso-error=sso-user-disabled");
        assertThat(signedIn(session2)).isNull();
        assertThat(count("select count(*) from identity_sso_link where user_id = ?", disabled)).isZero();
    }

    @Test
    void anEmailOfAUserInAnotherOrganisationIsNeverTakenOver() throws Exception {
        Provider p = provider("EMAIL", "ADVISOR");
        String username = TestUsers.unique("sso-other");
        String email = username + "@" + p.registrationId() + ".example";
        long other = SystemAccess.run(() -> userService.createUser(new NewUser(username, "Other org", email,
                TestUsers.PASSWORD, otherOrganisation, Set.of("MENTOR"), "nb"), true));
        long usersBefore = count("select count(*) from identity_user");
        String login = person(Map.of("email", email, "email_verified", true));
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(p, login, session)).isEqualTo("/login?sso-error=sso-other-organisation");
        assertThat(signedIn(session)).isNull();
        assertThat(count("select count(*) from identity_user")).isEqualTo(usersBefore);
        assertThat(count("select count(*) from identity_sso_link where user_id = ?", other)).isZero();
    }

    @Test
    void logoutEndsTheSessionAtTheProviderToo() throws Exception {
        Provider p = provider("SUB", "ADVISOR");
        String login = person(Map.of("name", "Logout Person"));
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(p, login, session)).isEqualTo("/");
        assertThat(signedIn(session)).isNotNull();

        MvcResult out = mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/logout/sso");
        MockHttpSession after = (MockHttpSession) out.getRequest().getSession(false);
        assertThat(signedIn(after)).isNull();
        MvcResult page = mvc.perform(get("/logout/sso").session(after)).andExpect(status().isOk()).andReturn();
        String refresh = page.getResponse().getHeader("Refresh");
        assertThat(refresh).startsWith("0;url=" + idp.issuer() + "/connect/logout?id_token_hint=");
        String endSession = refresh.substring("0;url=".length());
        assertThat(page.getResponse().getContentAsString()).contains("id=\"sso-logout-continue\"");

        // the provider accepts the logout and sends the browser back to Kobling's login page
        HttpResponse<String> r = send(lastProviderBrowser, HttpRequest.newBuilder(URI.create(endSession)).GET());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(location(r)).isEqualTo("http://localhost/login?logout");
    }

    @Test
    void theLoginPageOffersTheProvidersAndRoutesByEmailDomain() throws Exception {
        Provider p = provider("EMAIL", "ADVISOR");
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/login/sso/" + p.registrationId() + "\"").contains("id=\"username\"");
        mvc.perform(get("/login/sso").param("email", "someone@" + p.registrationId() + ".example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/login/sso/" + p.registrationId()));
        mvc.perform(get("/login/sso").param("email", "someone@nowhere-" + p.registrationId() + ".example"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/login?sso-error=sso-no-provider"));
        mvc.perform(get("/login/sso/no-such-provider"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/login?sso-error=sso-provider-unavailable"));
    }
}
