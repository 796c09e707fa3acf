package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAdminApiTest {

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

    TestUsers users;
    String bearer;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
        bearer = TestUsers.bearer(users.token(users.create("apiadmin", "ADMINISTRATOR")).secret());
    }

    @Test
    void createsReadsAndUpdatesAUser() throws Exception {
        String username = TestUsers.unique("api-new");
        String body = mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"Api Person","email":"api@example.no",
                         "password":"api-password-1","roles":["ADVISOR"],"preferredLocale":"fi"}
                        """.formatted(username)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/admin/users/")))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0]").value("ADVISOR"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.preferredLocale").value("fi"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("api-password-1").doesNotContain("bcrypt");
        int id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/admin/users/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value("Api Person"));
        mvc.perform(get("/api/v1/admin/users").header("Authorization", bearer).param("q", username))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id));

        mvc.perform(put("/api/v1/admin/users/{id}", id).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"Api Renamed","email":null,"roles":["ADVISOR","MENTOR"],"enabled":true,"version":0}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Api Renamed"))
                .andExpect(jsonPath("$.roles").value(hasItem("MENTOR")))
                .andExpect(jsonPath("$.version").value(1));

        // a client that still holds version 0 gets 409, and nothing is overwritten
        mvc.perform(put("/api/v1/admin/users/{id}", id).header("Authorization", bearer)
                .header("Accept-Language", "nb").contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"Lost update","roles":["ADVISOR"],"enabled":true,"version":0}
                        """))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("concurrent-modification"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Noen andre endret")));
        assertThat(userRepository.findById((long) id).orElseThrow().getDisplayName()).isEqualTo("Api Renamed");
    }

    @Test
    void badInputGetsProblemDetailsWithStableCodesAndFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer).header("Accept-Language", "fi")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"\",\"displayName\":\"\",\"email\":\"nope\",\"password\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("username",
                        "displayName", "email")))
                .andExpect(jsonPath("$.errors[?(@.field == 'displayName')].message").value(hasItem(
                        "Täytä tämä kenttä.")));
        String taken = users.create("api-taken", "ADVISOR");
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"displayName\":\"D\",\"password\":\"long-enough-1\"}"
                        .formatted(taken)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("username-taken"));
        String fresh = TestUsers.unique("api-short");
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"displayName\":\"D\",\"password\":\"short\"}".formatted(fresh)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("password-too-short"))
                .andExpect(jsonPath("$.messageKey").value("user.error.password-too-short"));
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"displayName\":\"D\",\"password\":\"%s\"}".formatted(fresh,
                        "ø".repeat(40))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("password-too-long"));
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"displayName\":\"D\",\"password\":\"long-enough-1\","
                        .formatted(fresh) + "\"roles\":[\"NO_SUCH_ROLE\"]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("unknown-role"));
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"displayName\":\"D\",\"password\":\"long-enough-1\","
                        .formatted(fresh) + "\"organisationId\":999999}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organisation-unknown"));
        mvc.perform(post("/api/v1/admin/users").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-body"));
        assertThat(userAdministration.usernameExists(fresh)).isFalse();
        mvc.perform(put("/api/v1/admin/users/{id}", users.id(taken)).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"No version\",\"roles\":[],"
                        + "\"enabled\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/admin/users/{id}", "abc").header("Authorization", bearer))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-parameter"));
    }
}
