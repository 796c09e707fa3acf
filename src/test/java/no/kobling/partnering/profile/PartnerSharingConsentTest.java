package no.kobling.partnering.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.TestOrgNumbers;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 19 point 1 (docs/privacy.md, "Partner sharing"): once the contact person of a company withdraws consent to
 * partner sharing, the company's partner profile is filtered out for partners — the profile list (API and page), the
 * global search, the profile itself (404 in the API and on the page) and the recommendations — while its own
 * organisation still sees it, and another company's profile of the same organisation stays visible to partners. No
 * flag is cleared here: the filter asks the consent at every read. Facilitators of Tromsø and Oulu (demo data).
 */
@IntegrationTest
class PartnerSharingConsentTest {

    static final String TROMSO = "samtalepart";
    static final String OULU = "fasilitaattori";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Companies companies;
    long yard;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    long company(String country, String name, String nace, String email) {
        String number = "FI".equals(country) ? TestOrgNumbers.finland() : TestOrgNumbers.norway();
        return SystemAccess.run(() -> companies.register(new CompanyData(country, number, name + " " + number,
                "FI".equals(country) ? "T:mi" : "AS", nace, null, 1, null, Set.of()), email, List.of("fi")));
    }

    void publish(String username, long companyId, String json) throws Exception {
        mvc.perform(put("/api/v1/partnering/profiles/{id}", companyId).with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/partnering/profiles/{id}/validation", companyId).with(as(username)).with(csrf()))
                .andExpect(status().isOk());
    }

    String body(String username, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).param("limit", "50").with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aWithdrawnSharingConsentFiltersTheContactsProfileOutForPartnersOnly() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String email = "aino.yrittaja." + token + "@example.fi";
        // a sole trader in Oulu whose contact is the entrepreneur herself, and a second company of the same organisation
        long own = company("FI", "Aino Hitsaus " + token, "25.62", email);
        long other = company("FI", "Oulun Hitsaamo " + token, "25.62", "toimisto." + token + "@example.fi");
        yard = company("NO", "Test Sharing Verft " + token, "30.11", null);
        for (long c : List.of(own, other)) {
            publish(OULU, c, """
                    {"offers":"Tarjoamme hitsausta alihankintana",
                     "seeks":"Etsimme asiakkaita laivanrakennuksesta ja offshore",
                     "cooperationTypes":["CUSTOMER"],"languages":["fi","en"]}""");
        }
        publish(TROMSO, yard, """
                {"offers":"Vi driver skipsbygging og gir tilgang til kunder i offshore",
                 "seeks":"Vi søker underleverandør av sveising, gjerne i Finland",
                 "cooperationTypes":["SUPPLIER"],"languages":["nb","en"],"countriesSought":["FI"]}""");

        // before: the partner in Tromsø sees both Oulu profiles everywhere
        assertPartnerSees(own, true);
        assertPartnerSees(other, true);

        String consent = mvc.perform(post("/api/v1/privacy/consents").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + email.toUpperCase()
                                + "\",\"purpose\":\"PARTNER_SHARING\",\"locale\":\"fi\",\"how\":\"FORM\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // a consent given (not withdrawn) changes nothing
        assertPartnerSees(own, true);
        mvc.perform(post("/api/v1/privacy/consents/withdrawals").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":" + JsonPath.read(consent, "$.id") + "}"))
                .andExpect(status().isOk());

        // after: filtered out for the partner, the other company of the same organisation is not
        assertPartnerSees(own, false);
        assertPartnerSees(other, true);
        // its own organisation still keeps it: the list, the profile, the page
        List<Integer> ownList = JsonPath.read(body(OULU, "/api/v1/partnering/profiles"), "$[*].companyId");
        assertThat(ownList).contains((int) own);
        mvc.perform(get("/api/v1/partnering/profiles/{id}", own).with(as(OULU))).andExpect(status().isOk());
        mvc.perform(get("/partnering/profiles/{id}", own).with(as(OULU))).andExpect(status().isOk());
        // the partner cannot reach it as "the company to recommend for" either
        mvc.perform(get("/api/v1/companies/{id}/partner-recommendations", own).with(as(TROMSO)))
                .andExpect(status().isNotFound());
    }

    private void assertPartnerSees(long companyId, boolean sees) throws Exception {
        String name = JsonPath.read(body(OULU, "/api/v1/partnering/profiles/{id}", companyId), "$.companyName");
        List<Integer> list = JsonPath.read(body(TROMSO, "/api/v1/partnering/profiles"), "$[*].companyId");
        String page = mvc.perform(get("/partnering").with(as(TROMSO))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String search = mvc.perform(get("/api/v1/search").param("q", name).with(as(TROMSO)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> hits = JsonPath.read(search, "$.groups[?(@.kind == 'profiles')].hits[*].id");
        int api = mvc.perform(get("/api/v1/partnering/profiles/{id}", companyId).with(as(TROMSO))).andReturn()
                .getResponse().getStatus();
        int profilePage = mvc.perform(get("/partnering/profiles/{id}", companyId).with(as(TROMSO))).andReturn()
                .getResponse().getStatus();
        String recommended = body(TROMSO, "/api/v1/companies/{id}/partner-recommendations", yard);
        List<Integer> recs = JsonPath.read(recommended, "$[*].companyId");
        if (sees) {
            assertThat(list).as("list").contains((int) companyId);
            assertThat(page).as("page").contains(name);
            assertThat(hits).as("search: " + search).contains((int) companyId);
            assertThat(api).as("profile").isEqualTo(200);
            assertThat(profilePage).as("profile page").isEqualTo(200);
            assertThat(recs).as("recommendations").contains((int) companyId);
        } else {
            assertThat(list).as("list").doesNotContain((int) companyId);
            assertThat(page).as("page").doesNotContain(name);
            assertThat(hits).as("search: " + search).doesNotContain((int) companyId);
            assertThat(api).as("profile").isEqualTo(404);
            assertThat(profilePage).as("profile page").isEqualTo(404);
            assertThat(recs).as("recommendations").doesNotContain((int) companyId);
        }
    }

}
