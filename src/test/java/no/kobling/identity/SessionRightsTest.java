package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.application.UserChanges;
import no.kobling.identity.application.UserService;
import no.kobling.identity.application.UserView;
import no.kobling.identity.persistence.ApiTokenRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 2 of issue 11: a session must not outlive the rights it was made with. Each test signs in through the real
 * form login, keeps the session, changes the user in another request or service call, and uses the old session again.
 */
@IntegrationTest
class SessionRightsTest {

    static final AtomicInteger ADDRESSES = new AtomicInteger();

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
    UserService userService;

    TestUsers users;
    String admin;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
        admin = users.create("session-admin", "ADMINISTRATOR");
    }

    /** Each login from its own client address, so the throttle of other tests never interferes. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.42." + (n / 250) + "." + (n % 250 + 1);
    }

    MockHttpSession login(String name, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).with(from(freshAddress()))
                .param("username", name).param("password", password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    void change(String name, Set<String> roles, boolean enabled) {
        long id = users.id(name);
        users.actingAs(admin, () -> {
            UserView u = userService.get(id);
            return userService.update(id, new UserChanges(u.displayName(), u.email(), u.organisationId(), roles,
                    enabled, u.version()));
        });
    }

    @Test
    void disablingAUserEndsTheirSessionAndStopsTheirTokens() throws Exception {
        String name = users.create("disabled-session", "ADVISOR");
        MockHttpSession session = login(name, TestUsers.PASSWORD);
        String bearer = TestUsers.bearer(users.token(name).secret());
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());

        change(name, Set.of("ADVISOR"), false);

        mvc.perform(get("/account").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        long tokensBefore = tokenRepository.findByUserIdOrderByCreatedAtDesc(users.id(name)).size();
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "after disable")
                .param("days", "5")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(tokenRepository.findByUserIdOrderByCreatedAtDesc(users.id(name))).hasSize((int) tokensBefore);
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));

        // enabling the user again does not bring the old session back: they sign in anew
        change(name, Set.of("ADVISOR"), true);
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
        login(name, TestUsers.PASSWORD);
    }

    @Test
    void aRemovedRoleTakesEffectOnTheNextRequest() throws Exception {
        String name = users.create("demoted-session", "ADMINISTRATOR");
        MockHttpSession session = login(name, TestUsers.PASSWORD);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

        change(name, Set.of("ADVISOR"), true);

        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").header("Authorization", TestUsers.bearer(users.token(name).secret())))
                .andExpect(jsonPath("$.permissions").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("ADMINISTER_USERS"))));
        // the session itself goes on with the rights that remain
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());

        change(name, Set.of("ADMINISTRATOR"), true);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndRevokesTheTokens() throws Exception {
        String name = users.create("password-session", "ADVISOR");
        MockHttpSession current = login(name, TestUsers.PASSWORD);
        MockHttpSession other = login(name, TestUsers.PASSWORD);
        String bearer = TestUsers.bearer(users.token(name).secret());

        mvc.perform(post("/account/password").session(current).with(csrf())
                .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "a-brand-new-password")
                .param("confirmPassword", "a-brand-new-password"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(current)).andExpect(status().isOk());
        mvc.perform(get("/account").session(other)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
        assertThat(tokenRepository.findByUserIdOrderByCreatedAtDesc(users.id(name)))
                .allSatisfy(t -> assertThat(t.getRevokedAt()).isNotNull());
        // a token made after the change works
        mvc.perform(get("/api/v1/me").header("Authorization", TestUsers.bearer(users.token(name).secret())))
                .andExpect(status().isOk());
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheUsersSessions() throws Exception {
        String name = users.create("reset-session", "ADVISOR");
        MockHttpSession session = login(name, TestUsers.PASSWORD);
        String bearer = TestUsers.bearer(users.token(name).secret());
        long id = users.id(name);
        users.actingAs(admin, () -> {
            userService.resetPassword(id, "reset-by-the-admin");
            return null;
        });
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
        login(name, "reset-by-the-admin");
    }

    @Test
    void theCalendarFeedOfADisabledUserAnswers404() throws Exception {
        String name = users.create("feed-owner", "ADVISOR");
        String bearer = TestUsers.bearer(users.token(name).secret());
        String body = mvc.perform(post("/api/v1/advisory/calendar-feed").header("Authorization", bearer))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String url = JsonPath.read(body, "$.url");
        String path = url.substring(url.indexOf("/public/"));
        mvc.perform(get(path)).andExpect(status().isOk());

        change(name, Set.of("ADVISOR"), false);
        mvc.perform(get(path)).andExpect(status().isNotFound());

        // a feed also stops when its owner no longer may log activities
        change(name, Set.of("MENTOR"), true);
        mvc.perform(get(path)).andExpect(status().isNotFound());

        change(name, Set.of("ADVISOR"), true);
        mvc.perform(get(path)).andExpect(status().isOk());
    }
}
