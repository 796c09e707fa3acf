package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.advisory.Advisory;
import no.kobling.advisory.Catalogue;
import no.kobling.event.Events;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.partnering.cases.application.CaseCommands;
import no.kobling.partnering.cases.application.CaseService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Company 360 (issue 16 point 3): one company, records about it kept by organisation X (activity, need, referral,
 * partner case, event registration, unpublished partner profile). X's user sees each kind on the timeline, newest
 * first; a user of another tenant, and a mentor of X without advisory rights, read the same register company but see
 * no trace of what they may not see: no entries and no count of those kinds.
 */
@IntegrationTest
class CompanyTimelineTest {

    static final List<String> X_KINDS = List.of("activity", "need", "referral", "case", "event", "profile");

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    Companies companies;
    @Autowired
    Advisory advisory;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Events events;
    @Autowired
    PartnerProfiles profiles;
    @Autowired
    CaseService cases;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ObjectMapper json;
    @Autowired
    Geography geography;

    TestUsers users;
    long company;
    String xUser;
    String otherUser;
    String mentorX;
    long activity;
    long giske;

    @BeforeEach
    void world() {
        users = new TestUsers(admin, userDetails, tokens);
        giske = geography.municipalityByCode("NO", "1532").orElseThrow().id();
        long x = organisation("X");
        long x2 = organisation("X2");
        long other = organisation("Other");
        long p = partnership(Map.of(x, MemberRole.OWNER, x2, MemberRole.MEMBER));
        partnership(Map.of(other, MemberRole.OWNER));
        xUser = user("x", x, "PARTNERSHIP_COORDINATOR", "ADVISOR", "FACILITATOR");
        String x2User = user("x2", x2, "FACILITATOR");
        otherUser = user("other", other, "PARTNERSHIP_COORDINATOR", "ADVISOR", "FACILITATOR");
        mentorX = user("mentor", x, "MENTOR");
        company = register("Timeline");
        long partner = register("Partner");
        activity = users.actingAs(xUser, () -> advisory.logActivity(new Advisory.ActivityData("VISIT",
                LocalDate.of(2026, 3, 5), BigDecimal.ONE, x, Set.of(users.id(xUser)), Set.of(company),
                "X's note", false, null)));
        users.actingAs(xUser, () -> advisory.logActivity(new Advisory.ActivityData("VISIT",
                LocalDate.of(2026, 1, 5), BigDecimal.ONE, x, Set.of(users.id(xUser)), Set.of(company),
                "X's older note", false, null)));
        users.actingAs(xUser, () -> advisory.assessNeed(company, "EXPORT", "HIGH", "OPEN", x));
        long service = SystemAccess.run(() -> catalogue.createService(new Catalogue.ServiceData(x,
                Map.of("en", TestUsers.unique("Service")), Map.of("en", "For P"), p, Set.of(), Set.of(), 10)));
        users.actingAs(xUser, () -> catalogue.refer(service, company, "X's referral"));
        users.actingAs(xUser, () -> cases.create(new CaseCommands.NewCase(p, company, partner, Set.of(),
                users.id(xUser), users.id(x2User))));
        users.actingAs(xUser, () -> {
            long e = events.createEvent(new Events.EventData(x, Set.of(), null, "PLACE", "Ålesund", 48, null,
                    "Europe/Oslo", Map.of("en", new String[] {TestUsers.unique("Fair"), "d"})));
            return events.registerCompany(e, company, "PARTNER", "Kari Nordmann", "kari@example.no");
        });
        SystemAccess.run(() -> profiles.saveProfile(new PartnerProfiles.ProfileData(company, x, "Welding",
                "Partners in Sweden", Set.of(), Set.of(), Set.of("SUPPLIER"), Set.of(), Set.of("SE"), Set.of("en"),
                false)));
    }

    @Test
    void theOwnOrganisationSeesEveryKindNewestFirst() throws Exception {
        JsonNode t = timeline(xUser, "");
        for (String kind : X_KINDS) {
            assertThat(t.get("counts").has(kind)).as(kind).isTrue();
        }
        assertThat(t.get("counts").get("activity").asLong()).isEqualTo(2);
        List<LocalDate> days = new ArrayList<>();
        t.get("entries").forEach(e -> days.add(LocalDate.parse(e.get("on").asString())));
        assertThat(days).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(t.get("total").asLong()).isEqualTo(t.get("entries").size());
        // each entry links to its record
        t.get("entries").forEach(e -> assertThat(e.get("href").asString()).startsWith("/"));
        JsonNode activities = timeline(xUser, "&kind=activity");
        assertThat(activities.get("entries")).hasSize(2);
        activities.get("entries").forEach(e -> assertThat(e.get("kind").asString()).isEqualTo("activity"));
        assertThat(activities.get("entries").get(0).get("on").asString()).isEqualTo("2026-03-05");
        assertThat(activities.get("entries").get(0).get("href").asString()).isEqualTo("/advisory/activities/" + activity);
        JsonNode capped = timeline(xUser, "&limit=1");
        assertThat(capped.get("entries")).hasSize(1);
        assertThat(capped.get("total").asLong()).isGreaterThanOrEqualTo(X_KINDS.size());
    }

    @Test
    void anotherTenantReadsTheRegisterCompanyButSeesNoTraceOfXsRecords() throws Exception {
        JsonNode t = timeline(otherUser, "");
        assertThat(t.get("counts").size()).isZero();
        assertThat(t.get("entries").size()).isZero();
        // asking for a kind one may not see is the same as asking for everything: nothing
        assertThat(timeline(otherUser, "&kind=activity").get("entries").size()).isZero();
        String page = mvc.perform(get("/companies/{id}/timeline", company).with(users.as(otherUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("X&#39;s note").doesNotContain("/advisory/activities/")
                .contains("There is nothing about this company here that you may see yet");
    }

    @Test
    void aMentorWithoutAdvisoryRightsSeesNoActivitiesNeedsOrCases() throws Exception {
        JsonNode t = timeline(mentorX, "");
        for (String kind : List.of("activity", "need", "case", "event")) {
            assertThat(t.get("counts").has(kind)).as(kind).isFalse();
        }
        t.get("entries").forEach(e -> assertThat(e.get("kind").asString()).isNotIn("activity", "need", "case"));
    }

    @Test
    void thePageShowsTheEntriesWithFiltersAndTheCompanyPageLoadsIt() throws Exception {
        String page = mvc.perform(get("/companies/{id}/timeline", company).with(users.as(xUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/advisory/activities/" + activity).contains("kind=activity")
                .contains("Partner case").contains("Referral");
        String fragment = mvc.perform(get("/companies/{id}/timeline", company).header("HX-Request", "true")
                .with(users.as(xUser))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"company-timeline\"").doesNotContain("<html");
        String show = mvc.perform(get("/companies/{id}", company).with(users.as(xUser))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(show).contains("hx-get=\"/companies/" + company + "/timeline\"");
    }

    @Test
    void anUnknownCompanyIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/companies/{id}/timeline", 987_654_321L).with(users.as(xUser)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/companies/{id}/timeline", 987_654_321L).with(users.as(xUser)))
                .andExpect(status().isNotFound());
    }

    private JsonNode timeline(String user, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/companies/" + company + "/timeline?x=1" + query).with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private long register(String name) {
        return SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique(name), "AS", null, giske, 3, null, Set.of())));
    }

    private long organisation(String name) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
    }

    private long partnership(Map<Long, MemberRole> members) {
        return SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("P"), null,
                LocalDate.of(2025, 1, 1), null, Set.of(giske), members)));
    }

    private String user(String prefix, long organisation, String... roles) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, organisation, Set.of(roles), "en")));
        return username;
    }
}
