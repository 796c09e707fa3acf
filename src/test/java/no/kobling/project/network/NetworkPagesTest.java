package no.kobling.project.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The network pages without JavaScript: list, new, show with members and meetings, edit, errors and 404. */
@IntegrationTest
class NetworkPagesTest {

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
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorRunsANetworkThroughThePages() throws Exception {
        NetworkTestData data = new NetworkTestData(context, new TestUsers(userAdministration, userDetails, tokens));
        var as = data.users.as(data.coordA);
        String name = TestUsers.unique("Women entrepreneurs");
        mvc.perform(get("/networks/new").with(as)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"municipalityIds\"")));

        // an end before the start is shown next to the field, nothing is stored
        mvc.perform(post("/networks").with(as).with(csrf()).param("partnershipId", "" + data.partnershipP)
                .param("name", name).param("organiserOrganisationId", "" + data.orgA)
                .param("facilitatorUserId", "" + data.facBId).param("municipalityIds", "" + data.giske)
                .param("startDate", "2026-03-01").param("endDate", "2026-02-01").param("status", "ACTIVE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is before the start date")));

        String location = mvc.perform(post("/networks").with(as).with(csrf())
                .param("partnershipId", "" + data.partnershipP).param("name", name)
                .param("organiserOrganisationId", "" + data.orgA).param("facilitatorUserId", "" + data.facBId)
                .param("municipalityIds", "" + data.giske).param("municipalityIds", "" + data.sula)
                .param("startDate", "2026-01-01").param("status", "ACTIVE"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/networks/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/networks?partnershipId={p}", data.partnershipP).with(as)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/networks?partnershipId={p}&status=ENDED", data.partnershipP).with(as))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));

        mvc.perform(post("/networks/{id}/members", id).with(as).with(csrf()).param("companyId", "" + data.company1))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/networks/{id}/members", id).with(as).with(csrf()).param("companyId", "" + data.company1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is already a member")));
        mvc.perform(post("/networks/{id}/meetings", id).with(as).with(csrf()).param("heldOn", "2025-12-01")
                .param("topic", "Too early").param("place", "Hall"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("before the network started")));
        mvc.perform(post("/networks/{id}/meetings", id).with(as).with(csrf()).param("heldOn", "2026-02-01")
                .param("topic", "Mentoring evening").param("municipalityId", "" + data.giske)
                .param("attendingCompanyIds", "" + data.company1)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/networks/{id}", id).with(data.users.as(data.advisorA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mentoring evening")))
                .andExpect(content().string(not(containsString("/networks/" + id + "/edit"))));

        mvc.perform(get("/networks/{id}/edit", id).with(as)).andExpect(status().isOk());
        mvc.perform(post("/networks/{id}", id).with(as).with(csrf()).param("name", name + " Nord")
                .param("organiserOrganisationId", "" + data.orgA).param("facilitatorUserId", "" + data.facBId)
                .param("municipalityIds", "" + data.giske).param("startDate", "2026-01-01")
                .param("status", "ACTIVE")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select name from project_network where id = ?", String.class, id))
                .isEqualTo(name + " Nord");

        mvc.perform(get("/networks/{id}", id).with(data.users.as(data.coordC))).andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}/edit", id).with(data.users.as(data.advisorA)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/networks/{id}/delete", id).with(as).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select archived from project_network where id = ?", Boolean.class, id))
                .isTrue();
    }
}
