package no.kobling.project.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.kobling.actor.Actors;
import no.kobling.geo.Geography;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The project API end to end: creation from a type, the rules of phases and gates, deliverable owners, parties,
 * uploads, types, and tenancy (another partnership's user gets 404 everywhere).
 */
@IntegrationTest
class ProjectApiTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Geography geography;
    @Autowired
    Clock clock;

    PlanWorld world;
    TestUsers users;
    LocalDate today;

    @BeforeEach
    void world() {
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Oslo"));
        world = new PlanWorld(actors, admin, geography, today);
        users = new TestUsers(admin, userDetails, tokens);
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> ResultActions call(String user, B request)
            throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()));
    }

    ResultActions json(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return call(user, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long typeId(String code) throws Exception {
        String body = call(world.coordinatorX, get("/api/v1/project-types")).andReturn().getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(body, "$[?(@.code == '" + code + "')].id");
        return ids.get(0);
    }

    String projectJson(long type, String parties, String municipalities) {
        return "{\"name\":\"" + TestUsers.unique("Region") + "\",\"typeId\":" + type + ",\"partnershipId\":"
                + world.partnership + ",\"startDate\":\"" + today.minusMonths(11) + "\",\"goals\":\"Grow\","
                + "\"municipalityIds\":[" + municipalities + "],\"parties\":[" + parties + "]}";
    }

    long createRegion() throws Exception {
        String body = json(world.coordinatorX, post("/api/v1/projects"), projectJson(typeId(
                "BUSINESS_FRIENDLY_REGION"), "{\"organisationId\":" + world.y + ",\"responsibilities\":\"Survey\"}",
                String.valueOf(world.alesund))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long phaseId(long project, int index) throws Exception {
        String body = call(world.coordinatorX, get("/api/v1/projects/{id}/phases", project)).andReturn()
                .getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$[" + index + "].id")).longValue();
    }

    ResultActions start(long project, long phase, LocalDate on) throws Exception {
        return json(world.coordinatorX, post("/api/v1/projects/{id}/phases/{p}/start", project, phase),
                "{\"startedOn\":\"" + on + "\"}");
    }

    ResultActions gate(long project, long phase, LocalDate on, String decision) throws Exception {
        return json(world.coordinatorX, post("/api/v1/projects/{id}/phases/{p}/gates", project, phase),
                "{\"decisionBody\":\"Regionrådet\",\"decidedOn\":\"" + on + "\",\"decision\":\"" + decision + "\"}");
    }

    @Test
    void aProjectRunsFromPreStudyThroughAGoGateIntoThePreProject() throws Exception {
        long project = createRegion();
        long preStudy = phaseId(project, 0);
        long preProject = phaseId(project, 1);
        call(world.advisorY, get("/api/v1/projects/{id}", project)).andExpect(status().isOk())
                .andExpect(jsonPath("$.phases.length()").value(3))
                .andExpect(jsonPath("$.phases[0].deliverables.length()").value(6))
                .andExpect(jsonPath("$.phases[0].name").value("Pre-study"))
                .andExpect(jsonPath("$.parties[0].responsibilities").value("Survey"));
        // the pre-project cannot start before the pre-study's gate said go
        start(project, preProject, today).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("phase-gate-not-passed"));
        // a gate of a phase that has not started
        gate(project, preStudy, today, "GO").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("gate-before-phase-start"));
        LocalDate started = today.minusMonths(10);
        start(project, preStudy, started).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andExpect(jsonPath("$.actualStart").value(started.toString()))
                // planned for 9 months, running for 10: flagged
                .andExpect(jsonPath("$.overrun").value(true));
        gate(project, preStudy, started.minusDays(1), "GO").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("gate-before-phase-start"));
        gate(project, preStudy, today.plusDays(1), "GO").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("gate-date-in-future"));
        // REVISE lets the phase run on, and the next phase still waits
        gate(project, preStudy, today.minusDays(20), "REVISE").andExpect(status().isCreated());
        start(project, preProject, today).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("phase-gate-not-passed"));
        // GO with the minutes attached
        String gateBody = call(world.coordinatorX, multipart("/api/v1/projects/{id}/phases/{p}/gates", project,
                preStudy).file(new MockMultipartFile("minutes", "minutes.pdf", "application/pdf", PDF))
                .param("decisionBody", "Regionrådet").param("decidedOn", today.minusDays(7).toString())
                .param("decision", "GO")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("GO"))
                .andExpect(jsonPath("$.minutes.filename").value("minutes.pdf"))
                .andReturn().getResponse().getContentAsString();
        long minutes = ((Number) JsonPath.read(gateBody, "$.minutes.id")).longValue();
        // not before the decision's day
        start(project, preProject, today.minusDays(8)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("phase-gate-not-passed"));
        start(project, preProject, today.minusDays(6)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RUNNING"));
        call(world.coordinatorX, get("/api/v1/projects/{id}", project))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.phases[0].status").value("DONE"))
                .andExpect(jsonPath("$.phases[0].actualEnd").value(today.minusDays(7).toString()));
        // the minutes: for those who see the project, byte for byte
        byte[] read = call(world.advisorY, get("/api/v1/projects/{id}/documents/{d}", project, minutes))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(PDF);
        call(world.coordinatorW, get("/api/v1/projects/{id}/documents/{d}", project, minutes))
                .andExpect(status().isNotFound());
        // the API of another partnership's user: hidden like a project that does not exist
        call(world.coordinatorW, get("/api/v1/projects/{id}", project)).andExpect(status().isNotFound());
        call(world.coordinatorW, get("/api/v1/projects/{id}/phases", project)).andExpect(status().isNotFound());
        start(project, phaseId(project, 2), today).andExpect(status().isUnprocessableContent());
        json(world.coordinatorW, post("/api/v1/projects/{id}/phases/{p}/start", project, phaseId(project, 2)), "{}")
                .andExpect(status().isNotFound());
        String list = call(world.coordinatorW, get("/api/v1/projects")).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("\"id\":" + project + ",");
    }

    @Test
    void aStopEndsTheProject() throws Exception {
        long project = createRegion();
        long preStudy = phaseId(project, 0);
        start(project, preStudy, today.minusMonths(2)).andExpect(status().isOk());
        gate(project, preStudy, today, "STOP").andExpect(status().isCreated());
        call(world.coordinatorX, get("/api/v1/projects/{id}", project))
                .andExpect(jsonPath("$.status").value("STOPPED"))
                .andExpect(jsonPath("$.phases[0].status").value("STOPPED"));
        start(project, phaseId(project, 1), today).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-closed"));
    }

    @Test
    void badInputIsRefusedWithStableCodes() throws Exception {
        long plain = typeId("PLAIN");
        json(world.coordinatorX, post("/api/v1/projects"), projectJson(plain, "{\"organisationId\":" + world.w + "}",
                "")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("party-outside-partnership"));
        json(world.coordinatorX, post("/api/v1/projects"), projectJson(plain, "", String.valueOf(world.heroy)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("municipality-outside-partnership"));
        // a partnership the caller's organisation is not in: hidden
        json(world.coordinatorW, post("/api/v1/projects"), projectJson(plain, "", ""))
                .andExpect(status().isNotFound());
        // an advisor may read but not create
        json(world.advisorY, post("/api/v1/projects"), projectJson(plain, "", "")).andExpect(status().isForbidden());
        long project = createRegion();
        long preStudy = phaseId(project, 0);
        // a deliverable owned by another tenant's user or organisation
        json(world.coordinatorX, post("/api/v1/projects/{id}/phases/{p}/deliverables", project, preStudy),
                "{\"name\":\"Report\",\"ownerUserId\":" + users.id(world.coordinatorW) + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("deliverable-owner-not-party"));
        json(world.coordinatorX, post("/api/v1/projects/{id}/phases/{p}/deliverables", project, preStudy),
                "{\"name\":\"Report\",\"ownerOrganisationId\":" + world.w + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("deliverable-owner-not-party"));
        String created = json(world.coordinatorX, post("/api/v1/projects/{id}/phases/{p}/deliverables", project,
                preStudy), "{\"name\":\"Report\",\"ownerUserId\":" + users.id(world.advisorY) + ",\"dueDate\":\""
                        + today.plusMonths(1) + "\",\"status\":\"IN_PROGRESS\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerOrganisationId").value(world.y))
                .andReturn().getResponse().getContentAsString();
        long deliverable = ((Number) JsonPath.read(created, "$.id")).longValue();
        // a disguised upload: named .pdf, but not a PDF
        call(world.coordinatorX, multipart("/api/v1/projects/{id}/deliverables/{d}/file", project, deliverable)
                .file(new MockMultipartFile("file", "report.pdf", "application/pdf",
                        "MZ this is an executable".getBytes(StandardCharsets.US_ASCII))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("document-type-not-allowed"));
        call(world.coordinatorX, multipart("/api/v1/projects/{id}/deliverables/{d}/file", project, deliverable)
                .file(new MockMultipartFile("file", "report.docx", "application/pdf", PDF)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("document-name-mismatch"));
        // phase dates the wrong way round, a stale version
        json(world.coordinatorX, put("/api/v1/projects/{id}/phases/{p}", project, preStudy),
                "{\"plannedStart\":\"" + today + "\",\"plannedEnd\":\"" + today.minusDays(1) + "\",\"version\":0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("phase-dates-invalid"));
        json(world.coordinatorX, put("/api/v1/projects/{id}/deliverables/{d}", project, deliverable),
                "{\"status\":\"DONE\",\"version\":99}").andExpect(status().isConflict());
        // the party owns a deliverable: removing it archives it, history kept
        call(world.coordinatorX, delete("/api/v1/projects/{id}/parties/{o}", project, world.y))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parties[0].archived").value(true));
        call(world.advisorY, get("/api/v1/projects/{id}", project)).andExpect(status().isNotFound());
        // a party without deliverables is removed
        json(world.coordinatorX, post("/api/v1/projects/{id}/parties", project), "{\"organisationId\":" + world.z
                + ",\"responsibilities\":\"Workshop\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.parties.length()").value(2));
        call(world.coordinatorX, delete("/api/v1/projects/{id}/parties/{o}", project, world.z))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parties.length()").value(1));
        // a party of the partnership only, and only the owner's coordinator edits
        json(world.coordinatorX, post("/api/v1/projects/{id}/parties", project), "{\"organisationId\":" + world.w
                + "}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("party-outside-partnership"));
        json(world.coordinatorY, post("/api/v1/projects/{id}/parties", project), "{\"organisationId\":" + world.z
                + "}").andExpect(status().isNotFound());
    }

    @Test
    void submissionMovesADraftOnce() throws Exception {
        long project = createRegion();
        call(world.coordinatorX, post("/api/v1/projects/{id}/submit", project)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(world.coordinatorX, post("/api/v1/projects/{id}/submit", project))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-status-invalid"));
    }

    @Test
    void administratorsDefineTypesAndATypeInUseIsArchived() throws Exception {
        String adminUser = users.create("admin", "ADMINISTRATOR");
        String type = "{\"names\":{\"en\":\"" + TestUsers.unique("Cluster") + "\",\"nb\":\"Klynge\"},\"phases\":["
                + "{\"names\":{\"en\":\"Start\"},\"minMonths\":3,\"maxMonths\":6,\"deliverables\":[{\"en\":\"Plan\","
                + "\"nb\":\"Plan\"}]},{\"names\":{\"en\":\"Run\"}}]}";
        json(world.coordinatorX, post("/api/v1/project-types"), type).andExpect(status().isForbidden());
        json(adminUser, post("/api/v1/project-types"), "{\"names\":{\"nb\":\"Bare norsk\"},\"phases\":[{\"names\":"
                + "{\"en\":\"A\"}}]}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-type-name-missing"));
        json(adminUser, post("/api/v1/project-types"), type.replace("\"maxMonths\":6", "\"maxMonths\":2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-type-phase-months-invalid"));
        String created = json(adminUser, post("/api/v1/project-types"), type).andExpect(status().isCreated())
                .andExpect(jsonPath("$.phases.length()").value(2))
                .andExpect(jsonPath("$.phases[0].deliverables[0].name").value("Plan"))
                .andReturn().getResponse().getContentAsString();
        long typeId = ((Number) JsonPath.read(created, "$.id")).longValue();
        json(world.coordinatorX, post("/api/v1/projects"), projectJson(typeId, "", ""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.phases.length()").value(2))
                .andExpect(jsonPath("$.phases[0].deliverables[0].name").value("Plan"));
        call(adminUser, delete("/api/v1/project-types/{id}", typeId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true));
        call(world.coordinatorX, get("/api/v1/project-types/{id}", typeId)).andExpect(status().isOk());
        // an archived type is offered for no new project
        json(world.coordinatorX, post("/api/v1/projects"), projectJson(typeId, "", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project-type-unknown"));
    }
}
