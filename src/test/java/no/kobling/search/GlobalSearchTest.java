package no.kobling.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.PersonData;
import no.kobling.advisory.Catalogue;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.event.Events;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The global search (issue 16 point 4): one word that names a record in each list. A user of X finds X's records in
 * their groups; a user of another tenant never finds X's person or X's draft event (and X never finds theirs); a
 * funder, whose role has no directory access, gets no companies or people group at all.
 */
@Tag("search")
@IntegrationTest
class GlobalSearchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    Companies companies;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Events events;
    @Autowired
    PartnerProfiles profiles;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ObjectMapper json;

    TestUsers users;
    String word;
    String xUser;
    String otherUser;
    String funderX;
    long company;
    long personX;
    long personOther;
    long draftX;
    long draftOther;
    long service;

    @BeforeEach
    void world() {
        users = new TestUsers(admin, userDetails, tokens);
        word = "Qv" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "w");
        long x = organisation("X");
        long other = organisation("Other");
        long p = partnership(Map.of(x, MemberRole.OWNER));
        partnership(Map.of(other, MemberRole.OWNER));
        xUser = user("x", x, "PARTNERSHIP_COORDINATOR", "ADVISOR", "FACILITATOR");
        otherUser = user("other", other, "PARTNERSHIP_COORDINATOR", "ADVISOR", "FACILITATOR");
        funderX = user("funder", x, "FUNDER");
        company = SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), word + " Sveis AS", "AS", null, null, 3, null, Set.of())));
        personX = person(word + " Hansen", x);
        personOther = person(word + " Virtanen", other);
        draftX = users.actingAs(xUser, () -> events.createEvent(event(x, word + " Messe X")));
        draftOther = users.actingAs(otherUser, () -> events.createEvent(event(other, word + " Messe Other")));
        service = SystemAccess.run(() -> catalogue.createService(new Catalogue.ServiceData(x,
                Map.of("en", word + " export help", "nb", word + " eksporthjelp"), Map.of("en", "For P"), p,
                Set.of(), Set.of(), 10)));
        SystemAccess.run(() -> profiles.saveProfile(new PartnerProfiles.ProfileData(company, x,
                "Welding " + word, "Partners", Set.of(), Set.of(), Set.of("SUPPLIER"), Set.of(), Set.of("SE"),
                Set.of("en"), false)));
    }

    @Test
    void theOwnTenantFindsItsRecordsInEveryGroup() throws Exception {
        JsonNode r = search(xUser, word);
        assertThat(kinds(r)).containsSubsequence("companies", "people", "profiles", "events", "services");
        assertThat(ids(r, "companies")).contains(company);
        assertThat(ids(r, "people")).contains(personX).doesNotContain(personOther);
        assertThat(ids(r, "events")).contains(draftX).doesNotContain(draftOther);
        assertThat(ids(r, "services")).contains(service);
        assertThat(ids(r, "profiles")).contains(company);
        assertThat(group(r, "companies").get("seeAllHref").asString()).isEqualTo("/companies?q=" + word);
        assertThat(group(r, "people").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherTenantNeverFindsXsPersonDraftEventServiceOrUnpublishedProfile() throws Exception {
        JsonNode r = search(otherUser, word);
        assertThat(ids(r, "companies")).contains(company); // the register is shared
        assertThat(ids(r, "people")).contains(personOther).doesNotContain(personX);
        assertThat(ids(r, "events")).contains(draftOther).doesNotContain(draftX);
        assertThat(ids(r, "services")).doesNotContain(service);
        assertThat(ids(r, "profiles")).doesNotContain(company);
    }

    @Test
    void aFunderGetsNoGroupOfTheListsItsRoleCannotOpen() throws Exception {
        JsonNode r = search(funderX, word);
        assertThat(kinds(r)).doesNotContain("companies", "people");
        assertThat(ids(r, "events")).doesNotContain(draftX);
    }

    @Test
    void theResultsPageWorksWithoutJavaScriptAndTheHeaderHasTheSearchBox() throws Exception {
        String page = mvc.perform(get("/search").param("q", word).with(users.as(xUser))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("role=\"search\"").contains("action=\"/search\"").contains("method=\"get\"")
                .contains("for=\"header-search-q\"").contains(word + " Sveis AS").contains("/people/" + personX)
                .doesNotContain("/people/" + personOther).contains("Companies").contains("Services");
        String empty = mvc.perform(get("/search").with(users.as(xUser))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(empty).contains("Type a name, a place or a word");
        String funder = mvc.perform(get("/search").param("q", word).with(users.as(funderX)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(funder).doesNotContain("/people/" + personX).doesNotContain(word + " Sveis AS");
        mvc.perform(get("/search").param("q", word)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPlaceNameWithoutNordicLettersFindsTheEventsThere() throws Exception {
        JsonNode r = search(xUser, word + " Alesund");
        assertThat(ids(r, "events")).contains(draftX);
    }

    @Test
    void queryPunctuationAloneListsNothingInsteadOfEverything() throws Exception {
        JsonNode r = search(xUser, "***");
        assertThat(group(r, "companies").get("total").asLong()).isZero();
        r.get("groups").forEach(g -> assertThat(g.get("hits").size()).as(g.get("kind").asString()).isZero());
    }

    private JsonNode search(String user, String q) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/search").param("q", q).param("limit", "20")
                .with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> kinds(JsonNode r) {
        List<String> kinds = new ArrayList<>();
        r.get("groups").forEach(g -> kinds.add(g.get("kind").asString()));
        return kinds;
    }

    private static JsonNode group(JsonNode r, String kind) {
        for (JsonNode g : r.get("groups")) {
            if (g.get("kind").asString().equals(kind)) {
                return g;
            }
        }
        return null;
    }

    private static List<Long> ids(JsonNode r, String kind) {
        List<Long> ids = new ArrayList<>();
        JsonNode g = group(r, kind);
        if (g != null) {
            g.get("hits").forEach(h -> ids.add(h.get("id").asLong()));
        }
        return ids;
    }

    private static Events.EventData event(long organiser, String title) {
        return new Events.EventData(organiser, Set.of(), null, "PLACE", "Ålesund", 48, null, "Europe/Oslo",
                Map.of("en", new String[] {title, "d"}));
    }

    private long person(String name, long organisation) {
        return SystemAccess.run(() -> actors.createPerson(new PersonData(name, Set.of(NetworkRole.ADVISOR),
                organisation, null, Set.of("nb"), Set.of(), null, null, false, null)));
    }

    private long organisation(String name) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
    }

    private long partnership(Map<Long, MemberRole> members) {
        return SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("P"), null,
                LocalDate.of(2025, 1, 1), null, Set.of(), members)));
    }

    private String user(String prefix, long organisation, String... roles) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, organisation, Set.of(roles), "en")));
        return username;
    }
}
