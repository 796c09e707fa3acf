package no.kobling.actor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tries to break the tenancy on the pages with the demo data: radgiver (Giske kommune) is in the Nordvestlandet
 * partnership and nothing else; koordinator (ÅKP) is its hub; handledare (Gällivare Näringsliv) is in North Business
 * Arena; finansierer (funder) has no directory access.
 */
@IntegrationTest
class ActorTenancyPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ActorTestSupport support;

    @BeforeEach
    void setUp() {
        support = ActorTestSupport.from(context);
    }

    @Test
    void partnershipOfAnotherTenantAnswers404() throws Exception {
        long nba = support.partnership("North Business Arena");
        long nordvest = support.partnership("Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet");
        mvc.perform(get("/partnerships/{id}", nba).with(support.as("radgiver"))).andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/{id}", nordvest).with(support.as("radgiver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hareid")))
                .andExpect(content().string(containsString("ÅKP")));
        mvc.perform(get("/partnerships/{id}", nba).with(support.as("handledare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Övertorneå")));
    }

    @Test
    void organisationOfAnotherTenantAnswers404() throws Exception {
        mvc.perform(get("/organisations/{id}", support.organisation("Gällivare Näringsliv"))
                .with(support.as("radgiver"))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/{id}", support.organisation("ÅKP")).with(support.as("radgiver")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Marte Solheim")));
    }

    @Test
    void editUrlOfAnotherOrganisationAnswers404() throws Exception {
        mvc.perform(get("/organisations/{id}/edit", support.organisation("Giske kommune"))
                .with(support.as("koordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/{id}/edit", support.organisation("Gällivare Näringsliv"))
                .with(support.as("koordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/{id}/edit", support.organisation("ÅKP")).with(support.as("koordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"version\"")));
    }

    @Test
    void partnershipEditOnlyForOwnersAndHubs() throws Exception {
        long nordvest = support.partnership("Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet");
        mvc.perform(get("/partnerships/{id}/edit", nordvest).with(support.as("koordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<optgroup")))
                .andExpect(content().string(containsString("Valgt nå (14):")));
        mvc.perform(get("/partnerships/{id}/edit", support.partnership("Nordic Business Link"))
                .with(support.as("koordinator"))).andExpect(status().isNotFound());
        // an advisor has no permission to manage partnerships at all
        mvc.perform(get("/partnerships/{id}/edit", nordvest).with(support.as("radgiver")))
                .andExpect(status().isForbidden());
    }

    @Test
    void unsharedPersonOfAPartnerIsHiddenWhileASharedOneIsVisible() throws Exception {
        mvc.perform(get("/people/{id}", support.person("Synnøve Rise")).with(support.as("radgiver")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}", support.person("Marte Solheim")).with(support.as("radgiver")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ÅKP")));
        mvc.perform(get("/people/{id}", support.person("Maria Lantto")).with(support.as("radgiver")))
                .andExpect(status().isNotFound());
        // unshared people of a partner across the border are hidden as well
        mvc.perform(get("/people/{id}", support.person("Johan Lindqvist")).with(support.as("samtalepart")))
                .andExpect(status().isNotFound());
    }

    @Test
    void editUrlOfAVisiblePersonOfAnotherOrganisationAnswers404() throws Exception {
        mvc.perform(get("/people/{id}/edit", support.person("Marte Solheim")).with(support.as("radgiver")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}/edit", support.person("Eirik Haugland")).with(support.as("radgiver")))
                .andExpect(status().isOk());
    }

    @Test
    void listsDoNotLeakInvisibleRecords() throws Exception {
        mvc.perform(get("/partnerships").with(support.as("radgiver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nordvestlandet")))
                .andExpect(content().string(not(containsString("North Business Arena"))))
                .andExpect(content().string(not(containsString("Nordic Business Link"))));
        mvc.perform(get("/organisations").param("size", "200").with(support.as("radgiver")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Volda kommune")))
                .andExpect(content().string(not(containsString("Gällivare"))))
                .andExpect(content().string(not(containsString("Business Oulu"))));
        mvc.perform(get("/people").param("size", "200").with(support.as("radgiver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Marte Solheim")))
                .andExpect(content().string(containsString("Eirik Haugland")))
                .andExpect(content().string(not(containsString("Synnøve Rise"))))
                .andExpect(content().string(not(containsString("Maria Lantto"))));
        mvc.perform(get("/organisations/{id}", support.organisation("Volda kommune")).with(support.as("radgiver")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Synnøve Rise"))));
    }

    @Test
    void usersWithoutDirectoryAccessGet403() throws Exception {
        for (String page : new String[] {"/organisations", "/partnerships", "/people"}) {
            mvc.perform(get(page).with(support.as("finansierer"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(support.as("bedrift"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/organisations/{id}", support.organisation("Møre og Romsdal fylkeskommune"))
                .with(support.as("finansierer"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsOpenTheNewOrganisationForm() throws Exception {
        mvc.perform(get("/organisations/new").with(support.as("koordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/new").with(support.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ålesund")));
    }

    @Test
    void htmxSearchAnswersWithTheResultsFragmentOnly() throws Exception {
        mvc.perform(get("/organisations").param("q", "giske").header("HX-Request", "true")
                        .with(support.as("radgiver")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"organisation-results\"")))
                .andExpect(content().string(containsString("Giske kommune")))
                .andExpect(content().string(not(containsString("Hareid kommune"))))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
