package no.kobling.project.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.Networks;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A network tagged with a project: only a project the caller may tag work with (Projects.requireTaggable). */
@IntegrationTest
class NetworkProjectTagTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectTypeRepository types;
    @Autowired
    Networks networks;

    @Test
    void aNetworkIsTaggedOnlyWithAProjectTheCallerTakesPartIn() throws Exception {
        NetworkTestData data = new NetworkTestData(context, new TestUsers(userAdministration, userDetails, tokens));
        long plain = types.findByCode("PLAIN").orElseThrow().getId();
        LocalDate start = LocalDate.of(2026, 1, 1);
        long own = data.users.actingAs(data.coordA, () -> projects.create(new ProjectData(TestUsers.unique("Own"),
                plain, data.partnershipP, null, null, start, null, "Goals", null, Set.of(data.giske), Set.of(),
                List.of()))).getId();
        long foreign = data.users.actingAs(data.coordC, () -> projects.create(new ProjectData(
                TestUsers.unique("Foreign"), plain, data.partnershipQ, null, null, start, null, "Goals", null,
                Set.of(data.giske), Set.of(), List.of()))).getId();

        String json = data.networkJson(TestUsers.unique("Tagged"), "2026-02-01", null, data.giske);
        mvc.perform(post("/api/v1/networks").with(data.users.as(data.coordA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.replace("}", ",\"projectId\":" + foreign + "}")))
                .andExpect(status().isNotFound());
        String body = mvc.perform(post("/api/v1/networks").with(data.users.as(data.coordA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.replace("}", ",\"projectId\":" + own + "}")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.project.id").value(own))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();

        assertThat(data.users.actingAs(data.coordA, () -> networks.networks(data.partnershipP, Set.of(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))).singleElement()
                .satisfies(f -> {
                    assertThat(f.id()).isEqualTo(id);
                    assertThat(f.projectId()).isEqualTo(own);
                });
    }
}
