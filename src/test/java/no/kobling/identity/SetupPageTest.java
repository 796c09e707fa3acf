package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.application.FirstAdministrator;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The one-time setup page is gone as soon as any user exists (with demo data: right after start). */
@IntegrationTest
class SetupPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    FirstAdministrator firstAdministrator;

    @BeforeEach
    void someUserExists() {
        if (userAdministration.countUsers() == 0) {
            new TestUsers(userAdministration, userDetailsService, tokenService).create("first", "ADVISOR");
        }
        assertThat(userAdministration.countUsers()).isPositive();
    }

    @Test
    void setupAnswers404OnceUsersExist() throws Exception {
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        String username = TestUsers.unique("intruder");
        mvc.perform(post("/setup").with(csrf()).param("username", username).param("displayName", "Intruder")
                .param("password", "intruder-password").param("confirmPassword", "intruder-password"))
                .andExpect(status().isNotFound());
        assertThat(userAdministration.usernameExists(username)).isFalse();
    }

    @Test
    void theServiceRefusesASecondFirstAdministrator() {
        String username = TestUsers.unique("second");
        assertThat(firstAdministrator.needed()).isFalse();
        assertThat(firstAdministrator.create(username, "Second", null, "second-password", "nb")).isEmpty();
        assertThat(userAdministration.usernameExists(username)).isFalse();
    }
}
