package no.kobling.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every organisation, partnership and user has one of the three zones (docs/time.md): derived from the country (or
 * the hub, or the organisation) when none is given, chosen in forms and the API, and nothing else accepted.
 */
@IntegrationTest
class TimeZoneSettingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Actors actors;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetails, tokens);
    }

    String userOf(String country, String locale) {
        long org = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique("Org"),
                OrganisationKind.BUSINESS_GARDEN, country, null, null, null, null, null, null)));
        String username = TestUsers.unique("tz");
        SystemAccess.run(() -> userAdministration.createUser(new NewUser(username, "Test", null, TestUsers.PASSWORD,
                org, Set.of("ADVISOR"), locale)));
        return username;
    }

    @Test
    void aUserGetsTheZoneOfTheirOrganisationAndMayChooseAnother() throws Exception {
        // a Swedish-speaking user of a Finnish organisation lives by Finnish time
        String user = userOf("FI", "sv");
        mvc.perform(get("/api/v1/me").with(users.as(user))).andExpect(jsonPath("$.timeZone").value("Europe/Helsinki"));
        mvc.perform(put("/api/v1/me/time-zone").with(users.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\":\"Europe/Stockholm\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(users.as(user))).andExpect(jsonPath("$.timeZone").value("Europe/Stockholm"));
        mvc.perform(put("/api/v1/me/time-zone").with(users.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\":\"Europe/Berlin\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("time-zone-unknown"))
                .andExpect(jsonPath("$.messageKey").value("time.error.zone-unknown"));
        mvc.perform(get("/api/v1/me").with(users.as(user))).andExpect(jsonPath("$.timeZone").value("Europe/Stockholm"));
    }

    @Test
    void theAccountPageChoosesTheZoneInEveryLanguage() throws Exception {
        String user = userOf("NO", "nb");
        mvc.perform(get("/account").with(users.as(user)).param("lang", "fi")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Suomi (Helsinki)")))
                .andExpect(content().string(Matchers.containsString("value=\"Europe/Oslo\" selected")));
        mvc.perform(post("/account/zone").with(users.as(user)).with(csrf()).param("timeZone", "Europe/Helsinki"))
                .andExpect(redirectedUrl("/account#zone")).andExpect(flash().attribute("saved", "account.zone.saved"));
        mvc.perform(get("/api/v1/me").with(users.as(user))).andExpect(jsonPath("$.timeZone").value("Europe/Helsinki"));
        mvc.perform(post("/account/zone").with(users.as(user)).with(csrf()).param("timeZone", "UTC"))
                .andExpect(flash().attribute("zoneError", "time.error.zone-unknown"));
    }

    @Test
    void organisationsAndPartnershipsGetTheZoneOfTheirCountryOrHub() throws Exception {
        String body = mvc.perform(post("/api/v1/organisations").with(users.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + TestUsers.unique("Kommun")
                                + "\",\"kind\":\"MUNICIPALITY_ADMINISTRATION\",\"countryCode\":\"SE\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.timeZone").value("Europe/Stockholm"))
                .andReturn().getResponse().getContentAsString();
        long swedish = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/v1/organisations").with(users.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + TestUsers.unique("Kunta")
                                + "\",\"kind\":\"MUNICIPALITY_ADMINISTRATION\",\"countryCode\":\"FI\","
                                + "\"timeZone\":\"Asia/Tokyo\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("time-zone-unknown"));

        mvc.perform(post("/api/v1/partnerships").with(users.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + TestUsers.unique("Link")
                                + "\",\"startDate\":\"2026-01-01\",\"members\":[{\"organisationId\":" + swedish
                                + ",\"role\":\"HUB\"}]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.timeZone").value("Europe/Stockholm"));
    }
}
