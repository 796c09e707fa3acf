package no.kobling.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.PartnershipData;
import no.kobling.advisory.Advisory;
import no.kobling.advisory.AdvisoryWorld;
import no.kobling.advisory.Catalogue;
import no.kobling.advisory.catalogue.application.ServiceCatalogue;
import no.kobling.advisory.catalogue.application.ServiceCommand;
import no.kobling.event.Events;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.partnering.PartnerCases;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tagging activities, events, partner cases and referrals with a project (issue 13 point 8): through the API and the
 * forms, untagging, the rules (a project of another partnership: 404; a closed one or one the caller's organisation
 * only funds: 422 project-not-taggable), the list filters, the names on the pages and the facades' taggedWith.
 * <p>
 * World: partnership P of A (hub) and B, organisation C in its own partnership Q. Project "open" of A with party B,
 * "closed" of A (stopped), "funded" of B funded by A (A sees it but takes no part), "other" of C in Q.
 */
@IntegrationTest
class ProjectTaggingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    ProjectService projectService;
    @Autowired
    ProjectRepository projectRepository;
    @Autowired
    ProjectTypeRepository types;
    @Autowired
    Actors actors;
    @Autowired
    ServiceCatalogue serviceCatalogue;
    @Autowired
    Advisory advisory;
    @Autowired
    Events events;
    @Autowired
    PartnerCases partnerCases;
    @Autowired
    Catalogue catalogue;
    @Autowired
    PlatformTransactionManager transactions;

    AdvisoryWorld w;
    TestUsers users;
    LocalDate today;
    String facA;
    String facB;
    String facC;
    long open;
    String openName;
    long closed;
    long funded;
    long other;
    long company1;
    long company2;

    @BeforeEach
    void setUp() {
        w = new AdvisoryWorld(context);
        users = w.users;
        today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Oslo"));
        facA = w.user("fac-a", w.orgA, "FACILITATOR");
        facB = w.user("fac-b", w.orgB, "FACILITATOR");
        facC = w.user("fac-c", w.orgC, "FACILITATOR");
        String coordinatorB = w.user("coord-b", w.orgB, "PARTNERSHIP_COORDINATOR");
        String coordinatorC = w.user("coord-c", w.orgC, "PARTNERSHIP_COORDINATOR");
        long q = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Q"), null,
                LocalDate.of(2025, 1, 1), null, Set.of(w.companies.municipality("NO", "1515")),
                Map.of(w.orgC, MemberRole.OWNER), null)));
        openName = TestUsers.unique("Open project");
        open = project(w.coordinatorA, openName, w.partnership, null, List.of(w.orgB));
        closed = project(w.coordinatorA, TestUsers.unique("Closed project"), w.partnership, null, List.of());
        new TransactionTemplate(transactions).executeWithoutResult(x -> {
            var p = projectRepository.findById(closed).orElseThrow();
            p.phaseStarted();
            p.stop();
        });
        funded = project(coordinatorB, TestUsers.unique("Funded project"), w.partnership, w.orgA, List.of());
        other = project(coordinatorC, TestUsers.unique("Other project"), q, null, List.of());
        company1 = w.company(TestUsers.unique("Tagg En AS"), "1532", Set.of());
        company2 = w.company(TestUsers.unique("Tagg To AS"), "1532", Set.of());
    }

    long project(String coordinator, String name, long partnership, Long funder, List<Long> parties) {
        long type = types.findByCode("PLAIN").orElseThrow().getId();
        return users.actingAs(coordinator, () -> projectService.create(new ProjectData(name, type, partnership, null,
                funder, today, null, "Goals", null, Set.of(), Set.of(),
                parties.stream().map(o -> new ProjectData.PartyData(o, "Work")).toList()))).getId();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static long id(String json) {
        return id(json, "$.id");
    }

    static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    static String project(Long id) {
        return id == null ? "" : ",\"projectId\":" + id;
    }

    // --- activities

    String activity(Long projectId) {
        return "{\"kindCode\":\"VISIT\",\"companyIds\":[" + company1 + "]" + project(projectId) + "}";
    }

    @Test
    void anActivityIsTaggedUntaggedAndFilteredThroughTheApi() throws Exception {
        String created = mvc.perform(json(post("/api/v1/advisory/activities"), activity(open)).with(users.as(facA)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.projectId").value(open))
                .andExpect(jsonPath("$.projectName").value(openName))
                .andReturn().getResponse().getContentAsString();
        long tagged = id(created);
        long untagged = id(mvc.perform(json(post("/api/v1/advisory/activities"), activity(null)).with(users.as(facA)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.projectId").doesNotExist())
                .andReturn().getResponse().getContentAsString());

        mvc.perform(get("/api/v1/advisory/activities").param("projectId", String.valueOf(open)).with(users.as(facA)))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains((int) tagged)));
        mvc.perform(get("/api/v1/advisory/activities").param("companyId", String.valueOf(company1))
                        .param("projectId", String.valueOf(open)).with(users.as(facA)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(tagged));
        mvc.perform(get("/api/v1/advisory/activities").param("companyId", String.valueOf(company1))
                .with(users.as(facA))).andExpect(jsonPath("$.length()").value(2));
        assertThat(users.actingAs(facA, () -> advisory.taggedWith(open))).containsExactly(tagged);
        // an organisation outside the project sees nothing tagged with it (nor the activity)
        assertThat(users.actingAs(facC, () -> advisory.taggedWith(open))).isEmpty();

        // the page shows the project's name; the workspace filter lists only the tagged activity
        mvc.perform(get("/advisory/activities/{id}", tagged).with(users.as(facA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(openName)));
        String workspace = mvc.perform(get("/advisory").param("projectId", String.valueOf(open))
                .with(users.as(facA))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(workspace).contains("/advisory/activities/" + tagged + "\"")
                .doesNotContain("/advisory/activities/" + untagged + "\"");

        // untag: a PUT without projectId clears the tag
        mvc.perform(json(put("/api/v1/advisory/activities/{id}", tagged),
                        "{\"kindCode\":\"VISIT\",\"companyIds\":[" + company1 + "],\"version\":0}").with(users.as(facA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.projectId").doesNotExist());
        assertThat(users.actingAs(facA, () -> advisory.taggedWith(open))).isEmpty();
    }

    @Test
    void onlyAProjectTheCallerTakesPartInAndThatIsOpenMayBeStoredOnAnActivity() throws Exception {
        mvc.perform(json(post("/api/v1/advisory/activities"), activity(other)).with(users.as(facA)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(json(post("/api/v1/advisory/activities"), activity(closed)).with(users.as(facA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-not-taggable"));
        mvc.perform(json(post("/api/v1/advisory/activities"), activity(funded)).with(users.as(facA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-not-taggable"));
        mvc.perform(json(post("/api/v1/advisory/activities"), activity(987654321L)).with(users.as(facA)))
                .andExpect(status().isNotFound());
        // B is a party of the open project: its advisors may tag their own work with it
        mvc.perform(json(post("/api/v1/advisory/activities"), activity(open)).with(users.as(facB)))
                .andExpect(status().isCreated());
        assertThat(users.actingAs(facA, () -> advisory.taggedWith(open))).isEmpty();
    }

    @Test
    void aRecordKeepsItsTagWhenItsProjectClosesAndMayStillBeEditedOrUntagged() throws Exception {
        long reopenable = project(w.coordinatorA, TestUsers.unique("Soon closed"), w.partnership, null, List.of());
        long tagged = id(mvc.perform(json(post("/api/v1/advisory/activities"), activity(reopenable))
                .with(users.as(facA))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        new TransactionTemplate(transactions).executeWithoutResult(x -> {
            var p = projectRepository.findById(reopenable).orElseThrow();
            p.phaseStarted();
            p.complete();
        });
        String body = "{\"kindCode\":\"VISIT\",\"hours\":2,\"companyIds\":[" + company1 + "],\"projectId\":"
                + reopenable + ",\"version\":0}";
        mvc.perform(json(put("/api/v1/advisory/activities/{id}", tagged), body).with(users.as(facA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.projectId").value(reopenable));
        // the edit form keeps the closed project as the selected choice
        mvc.perform(get("/advisory/activities/{id}/edit", tagged).with(users.as(facA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + reopenable + "\" selected")));
        mvc.perform(json(put("/api/v1/advisory/activities/{id}", tagged), "{\"kindCode\":\"VISIT\",\"companyIds\":["
                + company1 + "],\"version\":1}").with(users.as(facA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.projectId").doesNotExist());
    }

    @Test
    void theActivityFormTagsAndShowsTheSelectOnlyWithSomethingToChoose() throws Exception {
        String form = mvc.perform(get("/advisory/activities/new").with(users.as(facA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"projectId\"").contains(openName).doesNotContain(">" + "Closed project");
        // B is a party of A's open project: its advisors get it as a choice too (the quick form as well)
        String formB = mvc.perform(get("/advisory/activities/new").with(users.as(w.advisorB))).andReturn()
                .getResponse().getContentAsString();
        assertThat(formB).contains(openName);
        mvc.perform(get("/advisory/quick").with(users.as(facA)))
                .andExpect(content().string(containsString("name=\"projectId\"")));

        String location = mvc.perform(post("/advisory/activities").with(users.as(facA)).with(csrf())
                        .param("kindId", String.valueOf(kindId("VISIT"))).param("date", today.toString())
                        .param("hours", "1").param("companyIds", String.valueOf(company2))
                        .param("projectId", String.valueOf(open)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(users.actingAs(facA, () -> advisory.taggedWith(open))).containsExactly(id);
        mvc.perform(get(location).with(users.as(facA))).andExpect(content().string(containsString(openName)));
        // a closed project through the form: the form again with the message at the field, nothing stored
        mvc.perform(post("/advisory/activities").with(users.as(facA)).with(csrf())
                        .param("kindId", String.valueOf(kindId("VISIT"))).param("date", today.toString())
                        .param("hours", "1").param("companyIds", String.valueOf(company2))
                        .param("projectId", String.valueOf(closed)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("projectId-error")));
        assertThat(SystemAccess.run(() -> advisory.taggedWith(closed))).isEmpty();
    }

    long kindId(String code) throws Exception {
        String kinds = mvc.perform(get("/api/v1/advisory/kinds").with(users.as(facA))).andReturn().getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(kinds, "$[?(@.code == '" + code + "')].id");
        return ids.get(0).longValue();
    }

    // --- events

    String event(Long projectId) {
        return "{\"mode\":\"VIRTUAL\",\"requestExpiryHours\":48,\"texts\":{\"en\":{\"title\":\"Tagged "
                + TestUsers.unique("e") + "\"}}" + project(projectId) + "}";
    }

    @Test
    void anEventIsTaggedFilteredAndUntagged() throws Exception {
        long tagged = id(mvc.perform(json(post("/api/v1/events"), event(open)).with(users.as(facA)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.projectId").value(open))
                .andExpect(jsonPath("$.projectName").value(openName)).andReturn().getResponse()
                .getContentAsString());
        long plain = id(mvc.perform(json(post("/api/v1/events"), event(null)).with(users.as(facA)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(json(post("/api/v1/events"), event(other)).with(users.as(facA)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/events"), event(closed)).with(users.as(facA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-not-taggable"));

        mvc.perform(get("/api/v1/events").param("projectId", String.valueOf(open)).param("size", "50")
                        .with(users.as(facA)))
                .andExpect(jsonPath("$.content[*].id").value(org.hamcrest.Matchers.contains((int) tagged)));
        assertThat(users.actingAs(facA, () -> events.taggedWith(open))).containsExactly(tagged);
        String list = mvc.perform(get("/events").param("projectId", String.valueOf(open)).with(users.as(facA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/events/" + tagged + "\"").doesNotContain("/events/" + plain + "\"")
                .contains(openName);
        mvc.perform(get("/events/{id}", tagged).with(users.as(facA)))
                .andExpect(content().string(containsString(openName)));

        // the edit form: untag by choosing no project
        String edit = mvc.perform(get("/events/{id}/edit", tagged).with(users.as(facA))).andReturn().getResponse()
                .getContentAsString();
        assertThat(edit).contains("name=\"projectId\"");
        mvc.perform(post("/events/{id}", tagged).with(users.as(facA)).with(csrf()).param("mode", "VIRTUAL")
                        .param("requestExpiryHours", "48").param("titles[en]", "Untagged").param("version", "0")
                        .param("projectId", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/events/{id}", tagged).with(users.as(facA)))
                .andExpect(jsonPath("$.projectId").doesNotExist());
        assertThat(users.actingAs(facA, () -> events.taggedWith(open))).isEmpty();
    }

    long statements(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isOk()); // warm: templates, caches
        return no.kobling.support.SqlCounter.count(() -> mvc.perform(request).andExpect(status().isOk()));
    }

    @Test
    void listsOfTaggedRecordsFetchTheProjectNamesOnceNotPerRow() throws Exception {
        // two projects, so the names are looked up for more than one project on the larger page
        long second = project(w.coordinatorA, TestUsers.unique("Second project"), w.partnership, null, List.of());
        int n = 2;
        for (int i = 0; i < 3 * n; i++) {
            mvc.perform(json(post("/api/v1/events"), event(i % 2 == 0 ? open : second)).with(users.as(facA)))
                    .andExpect(status().isCreated());
            mvc.perform(json(post("/api/v1/advisory/activities"), activity(i % 2 == 0 ? open : second))
                    .with(users.as(facA))).andExpect(status().isCreated());
            newCase(i % 2 == 0 ? open : second);
        }
        for (String path : List.of("/events", "/api/v1/events", "/api/v1/cases")) {
            long small = statements(get(path).param("size", String.valueOf(n)).with(users.as(facA)));
            long large = statements(get(path).param("size", String.valueOf(3 * n)).with(users.as(facA)));
            assertThat(large).as("%s: statements for %d vs %d tagged rows", path, 3 * n, n).isEqualTo(small);
        }
        long small = statements(get("/api/v1/advisory/activities").param("limit", String.valueOf(n))
                .with(users.as(facA)));
        long large = statements(get("/api/v1/advisory/activities").param("limit", String.valueOf(3 * n))
                .with(users.as(facA)));
        assertThat(large).as("activities: statements for %d vs %d tagged rows", 3 * n, n).isEqualTo(small);
    }

    // --- partner cases

    long newCase(Long projectId) throws Exception {
        return id(mvc.perform(json(post("/api/v1/cases"), "{\"partnershipId\":" + w.partnership + ",\"companyA\":"
                        + company1 + ",\"companyB\":" + company2 + ",\"facilitatorA\":" + users.id(facA)
                        + ",\"facilitatorB\":" + users.id(facB) + project(projectId) + "}").with(users.as(facA)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.card.id");
    }

    @Test
    void aCaseIsTaggedOnCreationAndLaterAndFilteredOnTheBoard() throws Exception {
        long tagged = newCase(open);
        long plain = newCase(null);
        mvc.perform(get("/api/v1/cases/{id}", tagged).with(users.as(facB)))
                .andExpect(jsonPath("$.card.projectId").value(open))
                .andExpect(jsonPath("$.card.projectName").value(openName));
        mvc.perform(get("/api/v1/cases").param("projectId", String.valueOf(open)).param("size", "100")
                        .with(users.as(facA)))
                .andExpect(jsonPath("$.content[*].id").value(org.hamcrest.Matchers.contains((int) tagged)));
        String board = mvc.perform(get("/cases").param("projectId", String.valueOf(open)).with(users.as(facA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("/cases/" + tagged + "\"").doesNotContain("/cases/" + plain + "\"");

        // tag later (API), by the other side's facilitator; the rules hold
        mvc.perform(json(put("/api/v1/cases/{id}/project", plain), "{\"projectId\":" + other + "}")
                .with(users.as(facB))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/cases/{id}/project", plain), "{\"projectId\":" + closed + "}")
                .with(users.as(facB))).andExpect(status().isNotFound()); // B takes no part in it: hidden
        mvc.perform(json(put("/api/v1/cases/{id}/project", plain), "{\"projectId\":" + closed + "}")
                        .with(users.as(facA))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-not-taggable"));
        mvc.perform(json(put("/api/v1/cases/{id}/project", plain), "{\"projectId\":" + open + ",\"version\":99}")
                .with(users.as(facB))).andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/cases/{id}/project", plain), "{\"projectId\":" + open + "}")
                        .with(users.as(facB))).andExpect(status().isOk())
                .andExpect(jsonPath("$.card.projectName").value(openName));
        // someone outside the case: 404
        mvc.perform(json(put("/api/v1/cases/{id}/project", plain), "{\"projectId\":null}").with(users.as(facC)))
                .andExpect(status().isNotFound());
        assertThat(users.actingAs(facA, () -> partnerCases.taggedWith(open))).containsExactly(tagged, plain);

        // untag through the case page's form
        mvc.perform(get("/cases/{id}", tagged).with(users.as(facA)))
                .andExpect(content().string(containsString(openName)))
                .andExpect(content().string(containsString("/cases/" + tagged + "/project")));
        mvc.perform(post("/cases/{id}/project", tagged).with(users.as(facA)).with(csrf()).param("projectId", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(users.actingAs(facA, () -> partnerCases.taggedWith(open))).containsExactly(plain);
        assertThat(users.actingAs(facC, () -> partnerCases.taggedWith(open))).isEmpty();
    }

    // --- referrals

    long service() {
        return users.actingAs(w.coordinatorA, () -> serviceCatalogue.create(new ServiceCommand(null,
                Map.of("nb", new ServiceCommand.Text(TestUsers.unique("Tenesten"), "Beskrivelse"), "en",
                        new ServiceCommand.Text("Service", null)), w.partnership, Set.of(), Set.of(), 5))).id();
    }

    @Test
    void aReferralIsTaggedByTheReferringOrganisationAndFilteredOnTheServicePage() throws Exception {
        long service = service();
        String refer = "{\"serviceId\":" + service + ",\"companyId\":" + company1;
        long tagged = id(mvc.perform(json(post("/api/v1/catalogue/referrals"), refer + project(open) + "}")
                        .with(users.as(facA))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.projectName").value(openName)).andReturn().getResponse()
                .getContentAsString());
        long plain = id(mvc.perform(json(post("/api/v1/catalogue/referrals"), refer + "}").with(users.as(facA)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(json(post("/api/v1/catalogue/referrals"), refer + project(closed) + "}").with(users.as(facA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-not-taggable"));
        mvc.perform(json(put("/api/v1/catalogue/referrals/{id}/project", plain), "{\"projectId\":" + other + "}")
                .with(users.as(facA))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/catalogue/referrals/{id}/project", plain), "{\"projectId\":" + open + "}")
                        .with(users.as(facA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.projectId").value(open));
        mvc.perform(get("/api/v1/catalogue/services/{id}/referrals", service)
                        .param("projectId", String.valueOf(open)).with(users.as(facA)))
                .andExpect(jsonPath("$.length()").value(2));
        assertThat(users.actingAs(facA, () -> catalogue.taggedWith(open))).containsExactly(tagged, plain);
        // untag
        mvc.perform(json(put("/api/v1/catalogue/referrals/{id}/project", plain), "{\"projectId\":null}")
                        .with(users.as(facA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.projectId").doesNotExist());
        mvc.perform(get("/api/v1/catalogue/referrals").param("companyId", String.valueOf(company1))
                        .param("projectId", String.valueOf(open)).with(users.as(facA)))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains((int) tagged)));
        assertThat(users.actingAs(facC, () -> catalogue.taggedWith(open))).isEmpty();

        // the service page: the name in the table, the filter keeps only the tagged referral
        String page = mvc.perform(get("/catalogue/services/{id}", service).param("projectId", String.valueOf(open))
                .with(users.as(facA))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(openName).contains("/catalogue/referrals/" + tagged + "/project")
                .doesNotContain("/catalogue/referrals/" + plain + "/project");
        // the form on the page tags the untagged one again
        mvc.perform(post("/catalogue/referrals/{id}/project", plain).with(users.as(facA)).with(csrf())
                .param("projectId", String.valueOf(open))).andExpect(status().is3xxRedirection());
        assertThat(users.actingAs(facA, () -> catalogue.taggedWith(open))).containsExactly(tagged, plain);
    }

    @Test
    void pagesWithoutAnythingToChooseShowNoProjectSelect() throws Exception {
        // C's facilitator has its own project of Q to choose; an organisation with no project at all sees no select
        String lonely = w.user("lonely", SystemAccess.run(() -> actors.createOrganisation(
                new no.kobling.actor.OrganisationData(TestUsers.unique("Lonely"),
                        no.kobling.actor.OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null))),
                "FACILITATOR");
        mvc.perform(get("/advisory/activities/new").with(users.as(lonely)))
                .andExpect(content().string(not(containsString("name=\"projectId\""))));
        mvc.perform(get("/events/new").with(users.as(lonely)))
                .andExpect(content().string(not(containsString("name=\"projectId\""))));
        mvc.perform(get("/events/new").with(users.as(facC)))
                .andExpect(content().string(containsString("name=\"projectId\"")));
    }
}
