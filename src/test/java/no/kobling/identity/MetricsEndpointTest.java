package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /actuator/prometheus} (issue 19 point 7): only for the metrics token or an administrator, and it carries the
 * metrics operations need: requests, sign-in failures by reason, the outbox backlog and register imports.
 */
@IntegrationTest
class MetricsEndpointTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
    }

    @Test
    void nobodyButTheTokenOrAnAdministratorReadsTheMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token"))
                .andExpect(status().isUnauthorized());
        String advisor = users.create("metrics-advisor", "ADVISOR");
        mvc.perform(get("/actuator/prometheus").with(users.as(advisor))).andExpect(status().isForbidden());
        // a personal API token is not the metrics token
        String apiToken = users.token(advisor).secret();
        mvc.perform(get("/actuator/prometheus").header("Authorization", TestUsers.bearer(apiToken)))
                .andExpect(status().isUnauthorized());

        String admin = users.create("metrics-admin", "ADMINISTRATOR");
        mvc.perform(get("/actuator/prometheus").with(users.as(admin))).andExpect(status().isOk());
    }

    @Test
    void theScrapeHasRequestsLoginFailuresOutboxAndImports() throws Exception {
        String victim = users.create("metrics-victim", "ADVISOR");
        mvc.perform(post("/login").param("username", victim).param("password", "wrong-password-1")
                        .with(csrf()).with(r -> {
                            r.setRemoteAddr("10.19.7.1");
                            return r;
                        }))
                .andExpect(status().is3xxRedirection());
        String body = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-metrics-token"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("http_server_requests_seconds_count")
                .containsPattern("kobling_login_failures_total\\{[^}]*method=\"password\"[^}]*reason=\"bad-credentials\""
                        + "[^}]*\\} [1-9]")
                .contains("kobling_outbox_messages{status=\"pending\"}")
                .contains("kobling_import_rows_total{outcome=\"rejected\"}")
                .contains("kobling_import_runs{status=\"running\"}");
    }
}
