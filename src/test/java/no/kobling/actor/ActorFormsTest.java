package no.kobling.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import no.kobling.identity.UserAdministration;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Forms: creating, invalid input (nothing saved), stale versions, and the administrator journey of the issue. */
@IntegrationTest
class ActorFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAdministration userAdministration;

    ActorTestSupport support;

    @BeforeEach
    void setUp() {
        support = ActorTestSupport.from(context);
    }

    @Test
    void invalidOrganisationFormShowsFieldErrorsAndSavesNothing() throws Exception {
        long before = support.counts().organisations();
        mvc.perform(post("/organisations").with(support.as("admin")).with(csrf())
                        .param("name", " ").param("kind", "").param("countryCode", "NO")
                        .param("email", "not-an-address").param("website", "www.example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Fyll ut dette feltet.")))
                .andExpect(content().string(containsString("Skriv en gyldig e-postadresse.")))
                .andExpect(content().string(containsString("id=\"website-error\"")))
                .andExpect(content().string(containsString("id=\"kind-error\"")));
        assertThat(support.counts().organisations()).isEqualTo(before);
    }

    @Test
    void aBrokenDomainRuleShowsNextToItsFieldAndSavesNothing() throws Exception {
        String name = ActorTestSupport.unique("Baklengs");
        mvc.perform(post("/partnerships").with(support.as("admin")).with(csrf())
                        .param("name", name).param("startDate", "2026-05-01").param("endDate", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endDate-error\"")))
                .andExpect(content().string(containsString("2026-01-01")));
        mvc.perform(get("/partnerships").param("q", name).header("HX-Request", "true").with(support.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partnership-results\"")))
                .andExpect(content().string(not(containsString(name))));
        // an organisation whose home municipality lies in another country
        long before = support.counts().organisations();
        mvc.perform(post("/organisations").with(support.as("admin")).with(csrf())
                        .param("name", ActorTestSupport.unique("Grense")).param("kind", "OTHER")
                        .param("countryCode", "FI").param("homeMunicipalityId",
                                String.valueOf(support.municipality("NO", "5501"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"homeMunicipalityId-error\"")));
        assertThat(support.counts().organisations()).isEqualTo(before);
    }

    @Test
    void staleVersionOnTheFormSaysSomeoneElseChangedIt() throws Exception {
        String name = ActorTestSupport.unique("Versjon");
        long id = support.newOrganisation(name, OrganisationKind.INCUBATOR, "NO");
        mvc.perform(post("/organisations/{id}", id).with(support.as("admin")).with(csrf())
                        .param("name", name + " 1").param("kind", "INCUBATOR").param("countryCode", "NO")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/organisations/" + id));
        mvc.perform(post("/organisations/{id}", id).with(support.as("admin")).with(csrf())
                        .param("name", name + " 2").param("kind", "INCUBATOR").param("countryCode", "NO")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Noen andre endret denne posten")))
                .andExpect(content().string(containsString("/organisations/" + id + "/edit")));
        mvc.perform(get("/organisations/{id}", id).with(support.as("admin")))
                .andExpect(content().string(containsString(name + " 1")))
                .andExpect(content().string(not(containsString(name + " 2"))));
    }

    @Test
    void postingToAnotherTenantsEditUrlAnswers404AndChangesNothing() throws Exception {
        long giske = support.organisation("Giske kommune");
        mvc.perform(post("/organisations/{id}", giske).with(support.as("koordinator")).with(csrf())
                        .param("name", "Kapret").param("kind", "OTHER").param("countryCode", "NO")
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/{id}", giske).with(support.as("admin")))
                .andExpect(content().string(not(containsString("Kapret"))));
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/organisations").with(support.as("admin")).param("name", "Uten token")
                .param("kind", "OTHER").param("countryCode", "NO")).andExpect(status().isForbidden());
    }

    @Test
    void personFormWithCompetencesInTheUsersLanguage() throws Exception {
        mvc.perform(get("/people/new").with(support.as("handledare")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Export och internationalisering")))
                .andExpect(content().string(containsString("Gällivare Näringsliv")));
        mvc.perform(post("/people").with(support.as("handledare")).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"roles-error\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")));
        String name = ActorTestSupport.unique("Handläggare");
        MvcResult created = mvc.perform(post("/people").with(support.as("handledare")).with(csrf())
                        .param("name", name).param("roles", "ADVISOR", "MENTOR_EXPERT")
                        .param("languages", "sv", "fi").param("competences", "mining-minerals")
                        .param("homeMunicipalityId", String.valueOf(support.municipality("SE", "2584")))
                        // another organisation in the form is ignored: non-administrators add to their own
                        .param("organisationId", String.valueOf(support.organisation("ÅKP"))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/people/*"))
                .andReturn();
        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(support.as("handledare")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Gruvor och mineral")))
                .andExpect(content().string(containsString("Gällivare Näringsliv")));
    }

    @Test
    void administratorCreatesOrganisationPartnershipAndUserWhoSeesOnlyTheirTenancy() throws Exception {
        String orgName = ActorTestSupport.unique("Kystinkubatoren");
        MvcResult org = mvc.perform(post("/organisations").with(support.as("admin")).with(csrf())
                        .param("name", orgName).param("kind", "INCUBATOR").param("countryCode", "NO")
                        .param("homeMunicipalityId", String.valueOf(support.municipality("NO", "5501")))
                        .param("website", "https://kyst.example"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long orgId = Long.parseLong(org.getResponse().getRedirectedUrl().replace("/organisations/", ""));
        long partner = support.newOrganisation(ActorTestSupport.unique("Partner"), OrganisationKind.OTHER, "SE");
        String strangerName = ActorTestSupport.unique("Fremmed");
        long stranger = support.newOrganisation(strangerName, OrganisationKind.OTHER, "FI");
        long sharedPerson = support.newPerson(ActorTestSupport.unique("Delt"), partner, true);
        long privatePerson = support.newPerson(ActorTestSupport.unique("Privat"), partner, false);

        String partnershipName = ActorTestSupport.unique("Kystsamarbeid");
        MvcResult partnership = mvc.perform(post("/partnerships").with(support.as("admin")).with(csrf())
                        .param("name", partnershipName).param("startDate", "2026-01-01")
                        .param("municipalityIds", String.valueOf(support.municipality("NO", "5501")),
                                String.valueOf(support.municipality("SE", "2580")))
                        .param("members[" + orgId + "]", "OWNER").param("members[" + partner + "]", "MEMBER")
                        .param("members[" + stranger + "]", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        String partnershipUrl = partnership.getResponse().getRedirectedUrl();

        String username = "kyst" + System.nanoTime();
        support.asUser("admin", () -> userAdministration.createUser(new UserAdministration.NewUser(username,
                "Kyst Koordinator", null, "kobling-demo-pass", orgId, Set.of("PARTNERSHIP_COORDINATOR"), "nb")));

        MvcResult login = mvc.perform(formLogin().user(username).password("kobling-demo-pass"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        mvc.perform(get("/partnerships").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(partnershipName)))
                .andExpect(content().string(not(containsString("Nordvestlandet"))));
        mvc.perform(get(partnershipUrl).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Luleå")))
                .andExpect(content().string(containsString("Tromsø")));
        mvc.perform(get("/organisations/{id}", partner).session(session)).andExpect(status().isOk());
        mvc.perform(get("/organisations/{id}", stranger).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/{id}", support.organisation("ÅKP")).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}", sharedPerson).session(session)).andExpect(status().isOk());
        mvc.perform(get("/people/{id}", privatePerson).session(session)).andExpect(status().isNotFound());
        mvc.perform(get(partnershipUrl + "/edit").session(session)).andExpect(status().isOk());
        mvc.perform(get("/organisations/{id}/edit", orgId).session(session)).andExpect(status().isOk());
        mvc.perform(get("/organisations/{id}/edit", partner).session(session)).andExpect(status().isNotFound());
        // "not a member" in the form keeps the stranger out
        mvc.perform(get(partnershipUrl).with(support.as("admin")))
                .andExpect(content().string(containsString(orgName)))
                .andExpect(content().string(not(containsString(strangerName))));
    }
}
