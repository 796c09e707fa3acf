package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.domain.ApiToken;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.ApiTokenRepository;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Each rule of identity and access, with a test that tries to break it. */
@IntegrationTest
class WebSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    ApiTokenRepository tokenRepository;
    @Autowired
    UserAccountRepository userRepository;
    @Autowired
    Clock clock;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
    }

    @Test
    void pagesNeedLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageIsLocalised() throws Exception {
        mvc.perform(get("/login").param("lang", "fi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kirjaudu")))
                .andExpect(content().string(containsString("lang=\"fi\"")));
        mvc.perform(get("/login").header("Accept-Language", "sv-SE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Logga in")));
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "x").param("password", "y").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pageFormWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String name = users.create("csrf", "ADVISOR");
        mvc.perform(post("/account/profile").with(users.as(name)).param("displayName", "Hijacked")
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(users.as(name)).param("currentPassword", TestUsers.PASSWORD)
                .param("newPassword", "hijacked-password").param("confirmPassword", "hijacked-password"))
                .andExpect(status().isForbidden());
        UserAccount stored = userRepository.findByUsername(name).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Test " + name);
        assertThat(stored.getVersion()).isZero();
    }

    @Test
    void apiWithoutTokenAnswers401ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("unauthenticated"))
                .andExpect(jsonPath("$.messageKey").value("error.unauthenticated"));
        // a signed-in browser session does not open the API either (the API chain is stateless)
        String name = users.create("cookie", "ADMINISTRATOR");
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(post("/login").with(csrf())
                .param("username", name).param("password", TestUsers.PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void apiWithUnknownTokenAnswers401() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer kob_doesnotexist"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Basic YWRtaW46a29ibGluZy1kZW1v"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void validTokenOpensTheApi() throws Exception {
        String name = users.create("api", "ADVISOR");
        String secret = users.token(name).secret();
        mvc.perform(get("/api/v1/me").header("Authorization", TestUsers.bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(name))
                .andExpect(jsonPath("$.permissions").value(org.hamcrest.Matchers.hasItem("USE_API")));
    }

    @Test
    void tokensAreStoredOnlyAsHash() {
        String name = users.create("hash", "ADVISOR");
        ApiTokenService.CreatedToken created = users.token(name);
        ApiToken stored = tokenRepository.findById(created.id()).orElseThrow();
        assertThat(stored.getTokenHash()).isEqualTo(sha256(created.secret())).doesNotContain(created.secret());
        assertThat(created.secret()).startsWith(stored.getTokenPrefix()).startsWith("kob_");
    }

    @Test
    void expiredTokenAnswers401() throws Exception {
        String name = users.create("expired", "ADVISOR");
        String secret = "kob_" + TestUsers.unique("expired-secret");
        Instant past = clock.instant().minus(Duration.ofDays(40));
        tokenRepository.save(new ApiToken(users.id(name), "old", sha256(secret), secret.substring(0, 10), past,
                past.plus(Duration.ofDays(30))));
        mvc.perform(get("/api/v1/me").header("Authorization", TestUsers.bearer(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void revokedTokenAnswers401() throws Exception {
        String name = users.create("revoked", "ADVISOR");
        ApiTokenService.CreatedToken token = users.token(name);
        String bearer = TestUsers.bearer(token.secret());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/me/tokens/{id}", token.id()).header("Authorization", bearer))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenOfUserWithoutApiPermissionAnswers401() throws Exception {
        String name = users.create("mentor", "MENTOR");
        String secret = "kob_" + TestUsers.unique("mentor-secret");
        Instant now = clock.instant();
        tokenRepository.save(new ApiToken(users.id(name), "sneaky", sha256(secret), secret.substring(0, 10), now,
                now.plus(Duration.ofDays(30))));
        mvc.perform(get("/api/v1/me").header("Authorization", TestUsers.bearer(secret)))
                .andExpect(status().isUnauthorized());
        // and such a user cannot create a token in the first place
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.token(name))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void tokenOfDisabledUserAnswers401() throws Exception {
        String name = users.create("disabled", "ADVISOR");
        String bearer = TestUsers.bearer(users.token(name).secret());
        SystemAccess.run(() -> {
            var u = userRepository.findByUsername(name).orElseThrow();
            u.update(u.getDisplayName(), u.getEmail(), null, u.getRoles(), false);
            userRepository.save(u);
        });
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        String owner = users.create("owner", "ADVISOR");
        String other = users.create("other", "ADVISOR");
        ApiTokenService.CreatedToken ownersToken = users.token(owner);
        String othersBearer = TestUsers.bearer(users.token(other).secret());
        mvc.perform(delete("/api/v1/me/tokens/{id}", ownersToken.id()).header("Authorization", othersBearer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        // still usable by its owner
        mvc.perform(get("/api/v1/me").header("Authorization", TestUsers.bearer(ownersToken.secret())))
                .andExpect(status().isOk());
    }

    @Test
    void usersWithoutAdministerUsersGet403() throws Exception {
        String advisor = users.create("noadmin", "ADVISOR");
        mvc.perform(get("/admin/users").with(users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles").with(users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(users.as(advisor)).with(csrf()).param("username", TestUsers.unique("x"))
                .param("displayName", "X").param("password", "long-enough-password")).andExpect(status().isForbidden());
        String bearer = TestUsers.bearer(users.token(advisor).secret());
        mvc.perform(get("/api/v1/admin/users").header("Authorization", bearer))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer)
                .contentType("application/json").content("{\"username\":\"sneaky\",\"displayName\":\"S\","
                        + "\"password\":\"long-enough-password\",\"roles\":[\"ADMINISTRATOR\"]}"))
                .andExpect(status().isForbidden());
        assertThat(userAdministration.usernameExists("sneaky")).isFalse();
    }

    @Test
    void anAdministratorLiftsTheSignInDelayOfAUsername() throws Exception {
        String name = users.create("throttle", "ADVISOR");
        String address = null;
        for (int i = 0; i < 12; i++) {
            address = "10.99." + i + "." + (int) (Math.random() * 250 + 1);
            mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", name)
                    .param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        // 12 failures: sign-ins from an address that has failed wait 2^7 s, even with the right password
        mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", name)
                .param("password", TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        String admin = users.create("unlocker", "ADMINISTRATOR");
        mvc.perform(get("/admin/users/{id}", users.id(name)).with(users.as(admin)))
                .andExpect(content().string(containsString("/admin/users/" + users.id(name) + "/unlock")));

        // an administrator lifts the delay; then the right password works again from that address
        mvc.perform(post("/admin/users/{id}/unlock", users.id(name)).with(users.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", name)
                .param("password", TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        String name = users.create("bcrypt", "ADVISOR");
        String hash = userRepository.findByUsername(name).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestUsers.PASSWORD);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
