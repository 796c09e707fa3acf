package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Administration of identity providers (issue 19 point 6): pages and API, permission and bad input. */
@IntegrationTest
class SsoAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;
    String admin;
    long organisation;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
        admin = users.create("sso-page-admin", "ADMINISTRATOR");
        organisation = organisations.all().get(0).id();
    }

    String body(String id, String issuer, String role) {
        return """
                {"registrationId":"%s","displayName":"Entra %s","kind":"ENTRA_ID","organisationId":%d,
                 "issuerUri":"%s","clientId":"client-%s","clientSecretReference":"env:KOBLING_TEST_SSO_SECRET",
                 "scopes":["profile"],"matchClaim":"EMAIL","emailDomains":[],"defaultRole":"%s","enabled":true}
                """.formatted(id, id, organisation, issuer, id, role);
    }

    @Test
    void anAdministratorAddsAndChangesAProviderInThePages() throws Exception {
        String id = "p-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get("/admin/sso").with(users.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/sso/new").with(users.as(admin))).andExpect(status().isOk());
        String location = mvc.perform(post("/admin/sso/new").with(users.as(admin)).with(csrf())
                        .param("registrationId", id).param("displayName", "Kommune " + id).param("kind", "OIDC")
                        .param("organisationId", String.valueOf(organisation))
                        .param("issuerUri", "https://login.example/" + id).param("clientId", "c-" + id)
                        .param("clientSecret", "top-secret-" + id).param("scopes", "openid profile email")
                        .param("matchClaim", "EMAIL").param("emailDomains", id + ".example, Other-" + id + ".example")
                        .param("defaultRole", "MENTOR").param("enabled", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/sso/");
        String page = mvc.perform(get(location).with(users.as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("/login/oauth2/code/" + id).contains("other-" + id + ".example")
                .doesNotContain("top-secret-" + id);
        assertThat(jdbc.queryForObject("select secret_encrypted from identity_sso_provider where registration_id = ?",
                String.class, id)).startsWith("v1:").doesNotContain("top-secret");

        // bad input is answered on the form, nothing changes
        String bad = mvc.perform(post(location).with(users.as(admin)).with(csrf())
                        .param("displayName", "Kommune " + id).param("kind", "OIDC")
                        .param("issuerUri", "http://evil.example").param("clientId", "c-" + id)
                        .param("matchClaim", "EMAIL").param("defaultRole", "MENTOR").param("enabled", "true")
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("role=\"alert\"");
        assertThat(jdbc.queryForObject("select issuer_uri from identity_sso_provider where registration_id = ?",
                String.class, id)).isEqualTo("https://login.example/" + id);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SsoProvider' "
                + "and actor = ?", Long.class, admin)).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsManageProviders() throws Exception {
        String advisor = users.create("sso-page-advisor", "ADVISOR");
        mvc.perform(get("/admin/sso").with(users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/sso-providers")
                        .header("Authorization", TestUsers.bearer(users.token(advisor).secret())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiRefusesBadInputWithAStableCode() throws Exception {
        String token = TestUsers.bearer(users.token(admin).secret());
        String id = "a-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/admin/sso-providers").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(id, "http://evil.example", "MENTOR")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("sso-issuer"));
        mvc.perform(post("/api/v1/admin/sso-providers").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, "https://login.example/x", "ADMINISTRATOR")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("sso-default-role-admin"));
        mvc.perform(post("/api/v1/admin/sso-providers").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Bad Id!", "https://login.example/x", "MENTOR")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("sso-registration-id"));
        assertThat(jdbc.queryForObject("select count(*) from identity_sso_provider where registration_id = ?",
                Long.class, id)).isZero();

        String created = mvc.perform(post("/api/v1/admin/sso-providers").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(id, "https://login.example/x", "MENTOR")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.secretSource").value("reference"))
                .andReturn().getResponse().getContentAsString();
        long pid = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/admin/sso-providers").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(id, "https://login.example/x", "MENTOR")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("sso-registration-id-taken"));
        // a stale version is refused
        mvc.perform(put("/api/v1/admin/sso-providers/" + pid).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(id, "https://login.example/y", "MENTOR")
                                .replace("\"enabled\":true}", "\"enabled\":true,\"version\":7}")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/admin/sso-providers/999999999").header("Authorization", token))
                .andExpect(status().isNotFound());
    }
}
