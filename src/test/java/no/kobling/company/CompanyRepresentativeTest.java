package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import no.kobling.company.application.CompanyService;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Users who represent a company: linking rules, what a representative may see, and the demo link. */
@IntegrationTest
class CompanyRepresentativeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CompanyService companyService;
    @Autowired
    Companies companies;
    @Autowired
    Geography geography;
    @Autowired
    org.springframework.context.ApplicationContext context;

    TestUsers users;
    CompanyTestData data;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetails, tokens);
        data = new CompanyTestData(companyService, geography);
    }

    <T> T actingAs(String username, java.util.function.Supplier<T> work) {
        UserDetails details = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void aLinkedRepresentativeSeesOnlyTheirOwnCompany() throws Exception {
        RegisterWorld world = new RegisterWorld(context);
        String advisor = world.advisorA;
        String rep = users.create("rep-user", "COMPANY_REPRESENTATIVE");
        long own = world.companyInGiske("Representert Verksted AS");
        long other = world.companyInGiske("Annen Bedrift AS");
        // a company account (no organisation) is linked first by an administrator (here: the system)
        SystemAccess.run(() -> companies.addRepresentative(own, rep));

        mvc.perform(post("/api/v1/companies/{id}/representatives", own).with(users.as(advisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + rep + "\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("company-representative-exists"));
        mvc.perform(post("/api/v1/companies/{id}/representatives", own).with(users.as(advisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"nobody-xyz-404\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("user-not-found"));

        mvc.perform(get("/api/v1/me/companies").with(users.as(rep)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(own)).andExpect(jsonPath("$[0].naceCode").value("62.01"));

        assertThat(actingAs(rep, () -> companies.representsCompany(own))).isTrue();
        assertThat(actingAs(rep, () -> companies.ref(own))).isPresent();
        assertThat(actingAs(rep, () -> companies.ref(other))).isEmpty();
        assertThat(actingAs(rep, () -> companies.refs(List.of(own, other))))
                .extracting(CompanyRef::id).containsExactly(own);
        assertThat(actingAs(advisor, () -> companies.refs(List.of(own, other))))
                .extracting(CompanyRef::id).containsExactlyInAnyOrder(own, other);

        // a representative links no staff user (it looks like an unknown name), and reads nothing of the register
        mvc.perform(post("/api/v1/companies/{id}/representatives", own).with(users.as(rep))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + advisor + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/companies/{id}", other).with(users.as(rep))).andExpect(status().isForbidden());

        long repId = users.id(rep);
        mvc.perform(delete("/api/v1/companies/{id}/representatives/{u}", own, repId).with(users.as(advisor)))
                .andExpect(status().isNoContent());
        assertThat(actingAs(rep, () -> companies.representedCompanyIds())).isEmpty();
    }

    @Test
    void theCompanyPageListsAndLinksRepresentatives() throws Exception {
        RegisterWorld world = new RegisterWorld(context);
        String advisor = world.advisorA;
        String rep = world.advisorA2;
        long id = world.companyInGiske("Sidevisning AS");

        mvc.perform(post("/companies/{id}/representatives", id).with(users.as(advisor)).param("username", rep))
                .andExpect(status().isForbidden());
        mvc.perform(post("/companies/{id}/representatives", id).with(users.as(advisor)).with(csrf())
                .param("username", rep)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/companies/{id}", id).with(users.as(advisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("(" + rep + ")")));
    }

    @Test
    void theDemoCompanyRepresentativeRepresentsGiskeDigital() {
        long giske = SystemAccess.run(() -> companies.idByOrgNumber("NO", "959083010")).orElseThrow();
        assertThat(actingAs("bedrift", () -> companies.representedCompanyIds())).containsExactly(giske);
    }
}
