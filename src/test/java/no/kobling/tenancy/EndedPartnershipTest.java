package no.kobling.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.PersonData;
import no.kobling.actor.Visibility;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An ended partnership (issue 12, point 4): its members still read it (history, read-only), but it no longer makes
 * them see each other's organisations, people and entrepreneurs, and no new case can be opened in it. An active
 * partnership between the same organisation and another one still does all of that.
 */
@IntegrationTest
class EndedPartnershipTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    Visibility visibility;
    @Autowired
    Companies companies;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.context.ApplicationContext context;

    TestUsers users;
    long x;
    long formerPartner;
    long activePartner;
    long ended;
    long active;
    String coordinatorX;
    String facilitatorFormer;
    String facilitatorActive;

    @BeforeEach
    void world() {
        users = new TestUsers(admin, userDetails, tokens);
        LocalDate today = LocalDate.now(clock);
        x = organisation("X");
        formerPartner = organisation("Former partner");
        activePartner = organisation("Active partner");
        ended = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Ended"), null,
                today.minusYears(2), today.minusDays(1), Set.of(),
                Map.of(x, MemberRole.OWNER, formerPartner, MemberRole.MEMBER))));
        active = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Active"), null,
                today.minusYears(2), today.plusYears(1), Set.of(),
                Map.of(x, MemberRole.OWNER, activePartner, MemberRole.MEMBER))));
        coordinatorX = user("coord-x", x);
        facilitatorFormer = user("fac-former", formerPartner);
        facilitatorActive = user("fac-active", activePartner);
    }

    @Test
    void theRuleCountsOnlyActivePartnerships() {
        assertThat(visibility.visibleOrganisationIds(x)).containsExactlyInAnyOrder(x, activePartner);
        assertThat(visibility.visibleOrganisationIds(formerPartner)).containsExactly(formerPartner);
        assertThat(visibility.partnershipsOf(x)).extracting(Visibility.PartnershipInfo::id)
                .containsExactlyInAnyOrder(ended, active);
        assertThat(visibility.partnership(ended)).get().extracting(Visibility.PartnershipInfo::active)
                .isEqualTo(false);
        assertThat(visibility.partnership(active)).get().extracting(Visibility.PartnershipInfo::active)
                .isEqualTo(true);
    }

    @Test
    void anEndedPartnershipStaysReadableButNoLongerSharesItsMembers() throws Exception {
        long sharedFormer = person(formerPartner);
        long sharedActive = person(activePartner);
        long entrepreneurFormer = entrepreneur(formerPartner);
        long entrepreneurActive = entrepreneur(activePartner);
        // the history: the ended partnership itself is still there for its member
        mvc.perform(get("/api/v1/partnerships/{id}", ended).with(users.as(coordinatorX)))
                .andExpect(status().isOk());
        // the former partner and what it shared are hidden like records that do not exist
        mvc.perform(get("/api/v1/organisations/{id}", formerPartner).with(users.as(coordinatorX)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", sharedFormer).with(users.as(coordinatorX)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entrepreneurs/{id}", entrepreneurFormer).with(users.as(coordinatorX)))
                .andExpect(status().isNotFound());
        // and the other way round
        mvc.perform(get("/api/v1/organisations/{id}", x).with(users.as(facilitatorFormer)))
                .andExpect(status().isNotFound());
        // the active partnership still shares
        mvc.perform(get("/api/v1/organisations/{id}", activePartner).with(users.as(coordinatorX)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/{id}", sharedActive).with(users.as(coordinatorX)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/entrepreneurs/{id}", entrepreneurActive).with(users.as(coordinatorX)))
                .andExpect(status().isOk());
    }

    @Test
    void noNewCaseStartsInAnEndedPartnership() throws Exception {
        long a = company("NO", CompanyTestData.norwegianNumber());
        long b = company("SE", CompanyTestData.swedishNumber());
        mvc.perform(post("/api/v1/cases").with(users.as(coordinatorX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(caseJson(ended, a, b, facilitatorFormer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("partnership-ended"));
        mvc.perform(post("/api/v1/cases").with(users.as(coordinatorX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(caseJson(active, a, b, facilitatorActive)))
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void anEndedPartnershipGivesNoWorkingArea() throws Exception {
        long heroy = context.getBean(no.kobling.geo.Geography.class).municipalityByCode("NO", "1515").orElseThrow()
                .id();
        LocalDate today = LocalDate.now(clock);
        long z = organisation("Z");
        long endedWithArea = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(
                TestUsers.unique("Ended area"), null, today.minusYears(3), today.minusDays(1), Set.of(heroy),
                Map.of(z, MemberRole.OWNER))));
        String coordinatorZ = user("coord-z", z);
        // the partnership stays readable (history), but it is not among the caller's active ones
        assertThat(users.actingAs(coordinatorZ, () -> actors.visiblePartnerships()))
                .extracting(no.kobling.actor.PartnershipRef::id).contains(endedWithArea);
        assertThat(users.actingAs(coordinatorZ, () -> actors.activePartnerships()))
                .extracting(no.kobling.actor.PartnershipRef::id).doesNotContain(endedWithArea);
        // a company in the ended partnership's municipality is outside Z's area: no register edits there
        long company = SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique("Herøy"), "AS", null, heroy, 3, null, Set.of())));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/companies/{id}", company).with(users.as(coordinatorZ))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Renamed AS\",\"legalForm\":\"AS\","
                        + "\"municipalityId\":" + heroy + ",\"employees\":3,\"status\":\"ACTIVE\",\"version\":0}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("company-not-in-area"));
    }

    private String caseJson(long partnership, long a, long b, String otherFacilitator) {
        return "{\"partnershipId\":" + partnership + ",\"companyA\":" + a + ",\"companyB\":" + b
                + ",\"facilitatorA\":" + users.id(coordinatorX) + ",\"facilitatorB\":" + users.id(otherFacilitator)
                + "}";
    }

    private long organisation(String name) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
    }

    private long person(long organisation) {
        return SystemAccess.run(() -> actors.createPerson(new PersonData(TestUsers.unique("Shared"),
                Set.of(NetworkRole.ADVISOR), organisation, null, Set.of("nb"), Set.of(), null, null, true, null)));
    }

    private long entrepreneur(long organisation) {
        return SystemAccess.run(() -> companies.registerEntrepreneur(new Companies.EntrepreneurData(organisation,
                TestUsers.unique("Shared founder"), null, null, "Idea", true, true, Set.of())));
    }

    private long company(String country, String number) {
        return SystemAccess.run(() -> companies.register(new Companies.CompanyData(country, number,
                TestUsers.unique("Company"), "AS", null, null, 3, null, Set.of())));
    }

    private String user(String prefix, long organisation) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, organisation, Set.of("PARTNERSHIP_COORDINATOR", "FACILITATOR"), "en")));
        return username;
    }
}
