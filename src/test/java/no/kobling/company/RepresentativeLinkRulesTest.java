package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.TreeMap;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 11 finding 1: who may link a user to a company as its representative, and unlink them. Staff with
 * MANAGE_COMPANIES whose organisation has the company in its area link users of their own or a partner organisation;
 * the company's verified representative links company accounts; everyone else is refused, and an unknown username
 * answers exactly like a username the caller may not see.
 */
@IntegrationTest
class RepresentativeLinkRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Companies companies;

    RegisterWorld world;
    TestUsers users;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        world = new RegisterWorld(context);
        users = world.users;
    }

    ResultActions link(String caller, long companyId, String username) throws Exception {
        return mvc.perform(post("/api/v1/companies/{id}/representatives", companyId).with(users.as(caller))
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + username + "\"}"));
    }

    boolean represents(String username, long companyId) {
        return users.actingAs(username, () -> companies.representsCompany(companyId));
    }

    @Test
    void staffOfAnotherTenantCannotLinkAnyoneToTheCompany() throws Exception {
        // a Swedish advisor tries to make their own colleague act for a Norwegian company outside their area
        link(world.advisorC, world.companyNo, world.advisorC2).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("company-not-in-area"));
        assertThat(represents(world.advisorC2, world.companyNo)).isFalse();
        // the page form is refused the same way
        mvc.perform(post("/companies/{id}/representatives", world.companyNo).with(users.as(world.advisorC))
                .with(csrf()).param("username", world.advisorC2));
        assertThat(represents(world.advisorC2, world.companyNo)).isFalse();
        // and through the module facade
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.actingAs(world.advisorC, () -> {
            companies.addRepresentative(world.companyNo, world.advisorC2);
            return null;
        })).isNotNull();
        assertThat(represents(world.advisorC2, world.companyNo)).isFalse();
    }

    @Test
    void aUserOfAnotherTenantCannotBeLinkedAndLooksExactlyLikeAnUnknownUsername() throws Exception {
        String foreign = link(world.advisorA, world.companyNo, world.advisorC).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("user-not-found")).andReturn().getResponse()
                .getContentAsString();
        String unknown = link(world.advisorA, world.companyNo, TestUsers.unique("nobody"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(withoutRequestFields(foreign)).isEqualTo(withoutRequestFields(unknown));
        assertThat(represents(world.advisorC, world.companyNo)).isFalse();
        // a company account without organisation is not the staff's to link either (an administrator links it)
        String account = world.representative("reg-rep-free");
        String free = link(world.advisorA, world.companyNo, account).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(withoutRequestFields(free)).isEqualTo(withoutRequestFields(unknown));
    }

    @Test
    void anotherTenantCannotUnlinkARepresentative() throws Exception {
        String rep = world.representative("reg-rep");
        SystemAccess.run(() -> {
            companies.addRepresentative(world.companyNo, rep);
            return null;
        });
        long repId = users.id(rep);
        mvc.perform(delete("/api/v1/companies/{id}/representatives/{u}", world.companyNo, repId)
                .with(users.as(world.advisorC))).andExpect(status().isForbidden());
        mvc.perform(post("/companies/{id}/representatives/{u}/delete", world.companyNo, repId)
                .with(users.as(world.advisorC)).with(csrf())).andExpect(status().isForbidden());
        // the verified representative of another company cannot unlink them either
        String otherRep = world.representative("reg-rep-se");
        SystemAccess.run(() -> {
            companies.addRepresentative(world.companySe, otherRep);
            return null;
        });
        mvc.perform(delete("/api/v1/companies/{id}/representatives/{u}", world.companyNo, repId)
                .with(users.as(otherRep))).andExpect(status().isForbidden());
        assertThat(represents(rep, world.companyNo)).isTrue();
    }

    @Test
    void staffOfTheAreaLinkTheirOwnAndPartnerUsersAndVerifiedRepresentativesLinkCompanyAccounts() throws Exception {
        link(world.advisorA, world.companyNo, world.advisorA2).andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(world.advisorA2));
        link(world.advisorA, world.companyNo, world.advisorB).andExpect(status().isCreated());
        assertThat(represents(world.advisorA2, world.companyNo)).isTrue();
        mvc.perform(get("/api/v1/companies/{id}/representatives", world.companyNo).with(users.as(world.advisorA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + world.advisorB + "')].verified").value(true));
        mvc.perform(delete("/api/v1/companies/{id}/representatives/{u}", world.companyNo, users.id(world.advisorB))
                .with(users.as(world.advisorA))).andExpect(status().isNoContent());
        assertThat(represents(world.advisorB, world.companyNo)).isFalse();

        // an administrator (here: the system) links a company account; that link is verified
        String rep = world.representative("reg-rep-v");
        SystemAccess.run(() -> {
            companies.addRepresentative(world.companyNo, rep);
            return null;
        });
        // the verified representative links a colleague's company account, but not staff users
        String colleague = world.representative("reg-rep-col");
        link(rep, world.companyNo, colleague).andExpect(status().isCreated());
        assertThat(represents(colleague, world.companyNo)).isTrue();
        link(rep, world.companyNo, world.advisorA).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("user-not-found"));
        // the colleague's link is not verified: they cannot link others until staff of the area verify it
        String third = world.representative("reg-rep-3");
        link(colleague, world.companyNo, third).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/companies/{id}/representatives/{u}/verify", world.companyNo, users.id(colleague))
                .with(users.as(world.advisorC)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/companies/{id}/representatives/{u}/verify", world.companyNo, users.id(colleague))
                .with(users.as(world.advisorA))).andExpect(status().isNoContent());
        link(colleague, world.companyNo, third).andExpect(status().isCreated());
        // staff of the area unlink a company account of their company
        mvc.perform(delete("/api/v1/companies/{id}/representatives/{u}", world.companyNo, users.id(third))
                .with(users.as(world.advisorB))).andExpect(status().isNoContent());
        assertThat(represents(third, world.companyNo)).isFalse();
    }

    private Map<String, Object> withoutRequestFields(String body) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new TreeMap<>(json.readValue(body, Map.class));
        map.remove("instance");
        map.remove("traceId");
        map.remove("timestamp");
        return map;
    }
}
