package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAdministrationPageTest {

    @Autowired
    MockMvc mvc;
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
    String admin;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
        admin = users.create("admin", "ADMINISTRATOR");
    }

    @Test
    void listsSearchesSortsAndPages() throws Exception {
        String marker = TestUsers.unique("zebra").replace("-", "");
        for (int i = 0; i < 3; i++) {
            users.create(marker + i, "ADVISOR");
        }
        mvc.perform(get("/admin/users").with(users.as(admin)).param("q", marker.toUpperCase()).param("size", "2")
                .param("sort", "-username").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("users", org.hamcrest.Matchers.hasProperty("totalElements",
                        org.hamcrest.Matchers.is(3L))))
                .andExpect(content().string(containsString(marker + "2")))
                .andExpect(content().string(containsString(marker + "1")))
                .andExpect(content().string(not(containsString(marker + "0-"))))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")));
        // htmx asks for the results only
        mvc.perform(get("/admin/users").with(users.as(admin)).param("q", marker).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"results\"")));
        mvc.perform(get("/api/v1/admin/users").param("sort", "passwordHash")
                .header("Authorization", TestUsers.bearer(users.token(admin).secret())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("invalid-sort"));
    }

    @Test
    void createsAUserWithHashedPasswordAndRoles() throws Exception {
        String username = TestUsers.unique("new");
        mvc.perform(post("/admin/users").with(users.as(admin)).with(csrf()).param("username", username)
                .param("displayName", "Nina Ny").param("email", "nina@example.no")
                .param("password", "first-password-1").param("roles", "ADVISOR", "FACILITATOR")
                .param("enabled", "true"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        UserAccount stored = userRepository.findByUsername(username).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("first-password-1", stored.getPasswordHash())).isTrue();
        assertThat(stored.getRoles()).extracting(r -> r.getCode()).containsExactlyInAnyOrder("ADVISOR", "FACILITATOR");
        mvc.perform(get("/admin/users/{id}", stored.getId()).with(users.as(admin)).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nina Ny")))
                .andExpect(content().string(containsString("name=\"version\"")));
    }

    @Test
    void refusesDuplicatesAndInvalidInputWithFieldErrorsInTheUsersLanguage() throws Exception {
        String taken = users.create("taken", "ADVISOR");
        mvc.perform(post("/admin/users").with(users.as(admin)).with(csrf()).param("lang", "sv")
                .param("username", taken.toUpperCase()).param("displayName", "Dup")
                .param("password", "first-password-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("userForm", "username", "user.error.username-taken"))
                .andExpect(content().string(containsString("Användarnamnet " + taken + " används redan.")));
        String fresh = TestUsers.unique("bad");
        mvc.perform(post("/admin/users").with(users.as(admin)).with(csrf()).param("lang", "nn")
                .param("username", fresh).param("displayName", "").param("email", "nope")
                .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "displayName", "email"))
                .andExpect(content().string(containsString("Fyll ut dette feltet.")));
        mvc.perform(post("/admin/users").with(users.as(admin)).with(csrf()).param("username", fresh)
                .param("displayName", "Short").param("password", "short"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "password", "user.error.password-too-short"));
        mvc.perform(post("/admin/users").with(users.as(admin)).with(csrf()).param("username", fresh)
                .param("displayName", "Role").param("password", "long-enough-1").param("roles", "NO_SUCH_ROLE"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "roles", "user.error.unknown-role"));
        mvc.perform(post("/admin/users").with(users.as(admin)).with(csrf()).param("username", "Ünïcode user")
                .param("displayName", "X").param("password", "long-enough-1").param("lang", "en"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "username", "Pattern"))
                .andExpect(content().string(containsString("A username has 2 to 100 characters")));
        // a blank username gets one message, not three
        mvc.perform(post("/admin/users").with(users.as(admin)).with(csrf()).param("username", "")
                .param("displayName", "X").param("password", "long-enough-1"))
                .andExpect(model().attributeErrorCount("userForm", 1))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "username", "NotBlank"));
        assertThat(userAdministration.usernameExists(fresh)).isFalse();
    }

    @Test
    void editDetectsChangesBySomeoneElse() throws Exception {
        String name = users.create("edit", "ADVISOR");
        long id = users.id(name);
        mvc.perform(post("/admin/users/{id}", id).with(users.as(admin)).with(csrf()).param("displayName", "First")
                .param("roles", "ADVISOR").param("enabled", "true").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/admin/users/{id}", id).with(users.as(admin)).with(csrf()).param("lang", "en")
                .param("displayName", "Second").param("roles", "ADVISOR").param("enabled", "true")
                .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("userForm"))
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(userRepository.findById(id).orElseThrow().getDisplayName()).isEqualTo("First");
    }

    @Test
    void disablingAUserStopsTheirLogin() throws Exception {
        String name = users.create("disable", "ADVISOR");
        long id = users.id(name);
        mvc.perform(post("/admin/users/{id}", id).with(users.as(admin)).with(csrf()).param("displayName", "Gone")
                .param("roles", "ADVISOR").param("_enabled", "on").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(userRepository.findById(id).orElseThrow().isEnabled()).isFalse();
        // the same answer as a wrong password: the page does not tell that the account exists
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void resetsAPassword() throws Exception {
        String name = users.create("reset", "ADVISOR");
        long id = users.id(name);
        mvc.perform(post("/admin/users/{id}/password", id).with(users.as(admin)).with(csrf())
                .param("newPassword", "tiny"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("resetForm", "newPassword",
                        "user.error.password-too-short"));
        mvc.perform(post("/admin/users/{id}/password", id).with(users.as(admin)).with(csrf())
                .param("newPassword", "brand-new-password"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "brand-new-password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void unknownUserAnswers404() throws Exception {
        mvc.perform(get("/api/v1/admin/users/{id}", Long.MAX_VALUE)
                .header("Authorization", TestUsers.bearer(users.token(admin).secret())))
                .andExpect(status().isNotFound());
    }
}
