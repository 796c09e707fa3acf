package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.application.TokenView;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class AccountPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    UserAccountRepository userRepository;
    @Autowired
    PasswordEncoder passwordEncoder;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
    }

    @Test
    void showsOwnProfileAndTokensOnlyToApiUsers() throws Exception {
        String advisor = users.create("acc", "ADVISOR");
        mvc.perform(get("/account").with(users.as(advisor)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(advisor + "@example.org")))
                .andExpect(content().string(containsString("Personal API tokens")));
        String mentor = users.create("acc-mentor", "MENTOR");
        mvc.perform(get("/account").with(users.as(mentor)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(mentor)))
                .andExpect(content().string(not(containsString("Personal API tokens"))));
    }

    @Test
    void showsMyOrganisationRolesAndWhatTheyLetMeDoInMyLanguage() throws Exception {
        long org = SystemAccess.run(() -> context.getBean(no.kobling.actor.Actors.class)
                .organisationIdByName("Bedriftskompetanse")).orElseThrow();
        String name = TestUsers.unique("roles");
        SystemAccess.run(() -> userAdministration.createUser(new UserAdministration.NewUser(name, "Ánde Porsáŋgu",
                null, TestUsers.PASSWORD, org, java.util.Set.of("ADVISOR", "MENTOR"), "nn")));
        String page = mvc.perform(get("/account").with(users.as(name)).param("lang", "nn")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bedriftskompetanse", "Rådgivar (førstelinje)", "Mentor / ekspert",
                "Dette lèt rollene dine deg gjere", "Registrere aktivitetar", "Tilby kompetanse som mentor");
        assertThat(page).doesNotContain(">ADVISOR<", "Administrere brukarar og roller");
    }

    @Test
    void changesOwnProfileWithVersionCheck() throws Exception {
        String name = users.create("profile", "ADVISOR");
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(post("/login").with(csrf())
                .param("username", name).param("password", TestUsers.PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(post("/account/profile").session(session).with(csrf()).param("displayName", "Kari Nordmann")
                .param("email", "kari@example.no").param("version", "0"))
                .andExpect(redirectedUrl("/account")).andExpect(flash().attribute("saved", "account.profile.saved"));
        var stored = userRepository.findByUsername(name).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Kari Nordmann");
        assertThat(stored.getEmail()).isEqualTo("kari@example.no");
        // the header shows the new name at once, without signing in again
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(containsString("<a href=\"/account\">Kari Nordmann</a>")));

        // a second save from the old page: "changed by someone else", nothing saved
        mvc.perform(post("/account/profile").with(users.as(name)).with(csrf()).param("displayName", "Stale")
                .param("version", "0").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("profileForm"))
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(userRepository.findByUsername(name).orElseThrow().getDisplayName()).isEqualTo("Kari Nordmann");
    }

    @Test
    void invalidProfileGetsFieldErrorsInTheUsersLanguage() throws Exception {
        String name = users.create("fi", "ADVISOR");
        mvc.perform(post("/account/profile").with(users.as(name)).with(csrf()).param("lang", "fi")
                .param("displayName", " ").param("email", "not-an-address").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("profileForm", "displayName", "email"))
                .andExpect(content().string(containsString("Täytä tämä kenttä.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("aria-describedby=\"displayName-error\"")));
    }

    @Test
    void changesLanguageAndStoresItOnTheAccount() throws Exception {
        String name = users.create("lang", "ADVISOR");
        mvc.perform(post("/account/language").with(users.as(name)).with(csrf()).param("language", "sv"))
                .andExpect(redirectedUrl("/account"));
        assertThat(userRepository.findByUsername(name).orElseThrow().getPreferredLocale()).isEqualTo("sv");
        mvc.perform(post("/account/language").with(users.as(name)).with(csrf()).param("language", "de"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("languageForm", "language"));
        assertThat(userRepository.findByUsername(name).orElseThrow().getPreferredLocale()).isEqualTo("sv");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        String name = users.create("pw", "ADVISOR");
        mvc.perform(post("/account/password").with(users.as(name)).with(csrf()).param("lang", "en")
                .param("currentPassword", "not-my-password").param("newPassword", "a-new-long-password")
                .param("confirmPassword", "a-new-long-password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
                        "user.error.password-wrong"))
                // neither the form nor any link (e.g. the language switch) sends a typed password back
                .andExpect(content().string(not(containsString("a-new-long-password"))))
                .andExpect(content().string(not(containsString("not-my-password"))));
        mvc.perform(post("/account/password").with(users.as(name)).with(csrf())
                .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "short")
                .param("confirmPassword", "short"))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword",
                        "user.error.password-too-short"));
        mvc.perform(post("/account/password").with(users.as(name)).with(csrf())
                .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "a-new-long-password")
                .param("confirmPassword", "another-long-password"))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword",
                        "user.error.password-mismatch"));
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD,
                userRepository.findByUsername(name).orElseThrow().getPasswordHash())).isTrue();

        mvc.perform(post("/account/password").with(users.as(name)).with(csrf())
                .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "a-new-long-password")
                .param("confirmPassword", "a-new-long-password"))
                .andExpect(redirectedUrl("/account"));
        String hash = userRepository.findByUsername(name).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("a-new-long-password", hash)).isTrue();
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "a-new-long-password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void createdTokenIsShownOnceAndCanBeRevoked() throws Exception {
        String name = users.create("tok", "ADVISOR");
        MvcResult created = mvc.perform(post("/account/tokens").with(users.as(name)).with(csrf())
                .param("name", "CRM sync").param("days", "30"))
                .andExpect(redirectedUrl("/account#tokens")).andReturn();
        String secret = (String) created.getFlashMap().get("newToken");
        assertThat(secret).startsWith("kob_");
        mvc.perform(get("/api/v1/me").header("Authorization", TestUsers.bearer(secret))).andExpect(status().isOk());

        // the next page shows the secret (flash), a later one only the prefix
        mvc.perform(get("/account").with(users.as(name)).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString(secret)));
        mvc.perform(get("/account").with(users.as(name)))
                .andExpect(content().string(containsString("CRM sync")))
                .andExpect(content().string(containsString(secret.substring(0, 10))))
                .andExpect(content().string(not(containsString(secret))));

        long id = users.actingAs(name, () -> tokenService.mine()).get(0).id();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(users.as(name)).with(csrf()))
                .andExpect(redirectedUrl("/account#tokens"));
        assertThat(users.actingAs(name, () -> tokenService.mine()).get(0).status())
                .isEqualTo(TokenView.Status.REVOKED);
        mvc.perform(get("/api/v1/me").header("Authorization", TestUsers.bearer(secret)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void invalidTokenFormIsRefused() throws Exception {
        String name = users.create("tokbad", "ADVISOR");
        mvc.perform(post("/account/tokens").with(users.as(name)).with(csrf()).param("name", "")
                .param("days", "1000"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("tokenForm", "name", "days"));
        assertThat(users.actingAs(name, () -> tokenService.mine())).isEmpty();
    }
}
