package no.kobling.tenancy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.advisory.Catalogue;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, finding 10: what a user may not change or may not see answers 404 — the edit form of another
 * organisation's published partner profile or service, and figures and reports of an unknown or foreign partnership.
 * (The foreign facilitator's "works for" message is covered in {@code PartnerCaseTest}.)
 */
@IntegrationTest
class SmallerLeaksTest {

    static final long UNKNOWN = 987_654_321L;

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    Companies companies;
    @Autowired
    Catalogue catalogue;
    @Autowired
    PartnerProfiles profiles;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;

    TestUsers users;
    long x;
    long partner;
    long other;
    long partnership;
    long otherPartnership;
    String userX;
    String userPartner;
    String userOther;

    @BeforeEach
    void world() {
        users = new TestUsers(admin, userDetails, tokens);
        x = organisation("X");
        partner = organisation("Partner");
        other = organisation("Other");
        partnership = partnership(Map.of(x, MemberRole.OWNER, partner, MemberRole.MEMBER));
        otherPartnership = partnership(Map.of(other, MemberRole.OWNER));
        userX = user("x", x);
        userPartner = user("partner", partner);
        userOther = user("other", other);
    }

    @Test
    void theEditFormOfAnotherOrganisationsPublishedProfileIsNotFound() throws Exception {
        long company = SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique("Profiled"), "AS", null, null, 3, null,
                Set.of())));
        SystemAccess.run(() -> profiles.saveProfile(new PartnerProfiles.ProfileData(company, x, "Welding",
                "Partners", Set.of(), Set.of(), Set.of("SUPPLIER"), Set.of(), Set.of("SE"), Set.of("en"), true)));
        // published: everyone reads it
        mvc.perform(get("/partnering/profiles/{id}", company).with(users.as(userOther))).andExpect(status().isOk());
        // but only its owner organisation gets the edit form
        mvc.perform(get("/partnering/profiles/{id}/edit", company).with(users.as(userOther)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnering/profiles/{id}/edit", company).with(users.as(userX))).andExpect(status().isOk());
    }

    @Test
    void theEditFormOfAPartnersServiceIsNotFound() throws Exception {
        long service = SystemAccess.run(() -> catalogue.createService(new Catalogue.ServiceData(x,
                Map.of("en", TestUsers.unique("Service")), Map.of("en", "For the partnership"), partnership,
                Set.of(), Set.of(), 5)));
        mvc.perform(get("/catalogue/services/{id}", service).with(users.as(userPartner)))
                .andExpect(status().isOk());
        mvc.perform(get("/catalogue/services/{id}/edit", service).with(users.as(userPartner)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/catalogue/services/{id}/edit", service).with(users.as(userX))).andExpect(status().isOk());
    }

    @Test
    void figuresOfAnUnknownOrForeignPartnershipAreNotFound() throws Exception {
        for (long id : new long[] {UNKNOWN, otherPartnership}) {
            mvc.perform(get("/api/v1/cases/figures").param("partnershipId", String.valueOf(id))
                    .with(users.as(userX))).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("not-found"));
            mvc.perform(get("/cases/figures").param("partnershipId", String.valueOf(id)).with(users.as(userX)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/catalogue/usage").param("partnershipId", String.valueOf(id))
                    .with(users.as(userX))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/advisory/pyramid").param("partnershipId", String.valueOf(id))
                    .with(users.as(userX))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/cases/figures").param("partnershipId", String.valueOf(partnership))
                .with(users.as(userX))).andExpect(status().isOk());
        // an administrator sees every partnership, but an unknown one is still unknown
        String administrator = users.create("admin", "ADMINISTRATOR");
        mvc.perform(get("/api/v1/cases/figures").param("partnershipId", String.valueOf(UNKNOWN))
                .with(users.as(administrator))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/usage").param("partnershipId", String.valueOf(UNKNOWN))
                .with(users.as(administrator))).andExpect(status().isNotFound());
    }

    private long organisation(String name) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
    }

    private long partnership(Map<Long, MemberRole> members) {
        return SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("P"), null,
                LocalDate.of(2025, 1, 1), null, Set.of(), members)));
    }

    private String user(String prefix, long organisation) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, organisation, Set.of("PARTNERSHIP_COORDINATOR", "FACILITATOR", "ADVISOR"),
                "en")));
        return username;
    }
}
