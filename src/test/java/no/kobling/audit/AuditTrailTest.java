package no.kobling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every change to a user is in the audit trail, by field name only; only auditors may read it. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    UserAccountRepository userRepository;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
    }

    @Test
    void creatingAndUpdatingAUserWritesCreateAndUpdateRowsWithFieldNamesOnly() throws Exception {
        String admin = users.create("auditor", "ADMINISTRATOR");
        String name = users.create("audited", "ADVISOR");
        long id = users.id(name);
        String entityId = String.valueOf(id);

        mvc.perform(post("/admin/users/{id}", id).with(users.as(admin)).with(csrf()).param("displayName", "Renamed")
                .param("email", name + "@example.org").param("roles", "ADVISOR", "MENTOR").param("enabled", "true")
                .param("version", "0")).andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/admin/users/{id}/password", id).with(users.as(admin)).with(csrf())
                .param("newPassword", "another-password-1")).andExpect(redirectedUrl("/admin/users/" + id));

        List<AuditEntryView> rows = SystemAccess.run(() -> auditLog.search("UserAccount", entityId, null,
                PageRequest.of(0, 50, Sort.by(Sort.Direction.ASC, "occurredAt"))).content());
        assertThat(rows).extracting(AuditEntryView::action).startsWith("CREATE", "UPDATE", "UPDATE");
        AuditEntryView created = rows.get(0);
        assertThat(created.actor()).isEqualTo(SystemAccess.SYSTEM);
        assertThat(created.changedFields().split(",")).contains("username", "displayName", "email", "passwordHash*");
        AuditEntryView renamed = rows.get(1);
        assertThat(renamed.actor()).isEqualTo(admin);
        assertThat(renamed.changedFields().split(",")).contains("displayName", "roles")
                .doesNotContain("username", "passwordHash*");
        assertThat(rows.get(2).changedFields().split(",")).contains("passwordHash*");

        String hash = userRepository.findById(id).orElseThrow().getPasswordHash();
        String all = rows.toString();
        assertThat(all).doesNotContain(hash).doesNotContain(hash.substring("{bcrypt}".length()))
                .doesNotContain("another-password-1").doesNotContain("Renamed");
    }

    @Test
    void auditorsFilterThePageAndTheApi() throws Exception {
        String admin = users.create("reader", "ADMINISTRATOR");
        String name = users.create("filtered", "ADVISOR");
        String entityId = String.valueOf(users.id(name));
        mvc.perform(get("/admin/audit").with(users.as(admin)).param("entityType", "UserAccount")
                .param("entityId", entityId).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">User " + entityId + "<")))
                .andExpect(content().string(containsString("Created")));
        // the log filter (shared with the read log) keeps the filter; htmx swaps only the results with the pager
        mvc.perform(get("/admin/audit").with(users.as(admin)).param("entityType", "UserAccount")
                .param("entityId", entityId).param("lang", "en"))
                .andExpect(content().string(containsString("value=\"UserAccount\" selected")))
                .andExpect(content().string(containsString("id=\"entityId\"")))
                .andExpect(content().string(containsString("hx-get=\"/admin/audit\"")));
        String results = mvc.perform(get("/admin/audit").with(users.as(admin)).param("entityType", "UserAccount")
                .param("entityId", entityId).param("lang", "en").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results.strip()).startsWith("<div id=\"results\"");
        assertThat(results).contains(">User " + entityId + "<", "class=\"pager\"").doesNotContain("<h1")
                .doesNotContain("<form");
        String bearer = TestUsers.bearer(users.token(admin).secret());
        mvc.perform(get("/api/v1/audit").header("Authorization", bearer).param("entityType", "UserAccount")
                .param("entityId", entityId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].action").value("CREATE"))
                .andExpect(jsonPath("$.content[0].entityId").value(entityId));
        // newest first, and the actor filter ignores case
        mvc.perform(get("/api/v1/audit").header("Authorization", bearer).param("actor", "SYSTEM").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.content[0].actor").value("system"))
                .andExpect(jsonPath("$.content[0].id").value(org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/audit").header("Authorization", bearer).param("sort", "actor"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("invalid-sort"));
    }

    @Test
    void newestFirst() {
        String first = users.create("order", "ADVISOR");
        String second = users.create("order", "ADVISOR");
        List<AuditEntryView> rows = SystemAccess.run(() -> auditLog.search("UserAccount", null, null,
                PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "occurredAt"))).content());
        assertThat(rows).extracting(AuditEntryView::entityId)
                .containsExactly(String.valueOf(users.id(second)), String.valueOf(users.id(first)));
    }

    @Test
    void othersGet403OnThePageAndTheApi() throws Exception {
        String advisor = users.create("nosy", "ADVISOR");
        mvc.perform(get("/admin/audit").with(users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").header("Authorization", TestUsers.bearer(users.token(advisor).secret())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        String mentor = users.create("nosy-mentor", "MENTOR");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.actingAs(mentor,
                () -> auditLog.search(null, null, null, PageRequest.of(0, 1))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
