package no.kobling.project.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.kobling.actor.Actors;
import no.kobling.geo.Geography;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The pages work without JavaScript: create a project by form, start its phase, record a gate with minutes. */
@IntegrationTest
class ProjectPagesTest {

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
    @Autowired
    ProjectRepository projects;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    PhaseRepository phases;
    @Autowired
    no.kobling.project.plan.persistence.ProjectTypeRepository types;

    PlanWorld world;
    TestUsers users;
    LocalDate today;

    @BeforeEach
    void world() {
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Oslo"));
        world = new PlanWorld(actors, admin, geography, today);
        users = new TestUsers(admin, userDetails, tokens);
    }

    @Test
    void aCoordinatorRunsAProjectThroughThePages() throws Exception {
        mvc.perform(get("/projects").with(users.as(world.coordinatorX))).andExpect(status().isOk());
        String form = mvc.perform(get("/projects/new").param("partnershipId", String.valueOf(world.partnership))
                .with(users.as(world.coordinatorX))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"partyIds\"").contains("for=\"party-" + world.y + "\"");
        String name = TestUsers.unique("Pages");
        long type = types.findByCode("BUSINESS_FRIENDLY_REGION").orElseThrow().getId();
        mvc.perform(post("/projects").with(users.as(world.coordinatorX)).with(csrf()).param("name", name)
                .param("typeId", String.valueOf(type)).param("partnershipId", String.valueOf(world.partnership))
                .param("startDate", today.minusMonths(3).toString()).param("partyIds", String.valueOf(world.y))
                .param("responsibilities[" + world.y + "]", "Interviews")
                .param("municipalityIds", String.valueOf(world.giske)))
                .andExpect(status().is3xxRedirection());
        long id = projects.findByNameAndPartnershipId(name, world.partnership).get(0).getId();
        var list = phases.findByProjectIdOrderByOrder(id);
        // a party outside the partnership, by a hand-made form
        mvc.perform(post("/projects").with(users.as(world.coordinatorX)).with(csrf()).param("name", name + "2")
                .param("typeId", String.valueOf(type)).param("partnershipId", String.valueOf(world.partnership))
                .param("startDate", today.toString()).param("partyIds", String.valueOf(world.w)))
                .andExpect(status().isUnprocessableContent());
        String page = mvc.perform(get("/projects/{id}", id).with(users.as(world.coordinatorX)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("for=\"startedOn-" + list.get(0).getId() + "\"").contains("Interviews");
        // the next phase waits for the gate
        mvc.perform(post("/projects/{id}/phases/{p}/start", id, list.get(1).getId()).with(users.as(
                world.coordinatorX)).with(csrf()).param("startedOn", today.toString()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/projects/{id}/phases/{p}/start", id, list.get(0).getId()).with(users.as(
                world.coordinatorX)).with(csrf()).param("startedOn", today.minusMonths(2).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/projects/{id}/phases/{p}/gates", id, list.get(0).getId())
                .file(new MockMultipartFile("minutes", "referat.pdf", "application/pdf", ProjectApiTest.PDF))
                .param("decisionBody", "Regionrådet").param("decidedOn", today.toString()).param("decision", "GO")
                .with(users.as(world.coordinatorX)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/{id}/phases/{p}/start", id, list.get(1).getId()).with(users.as(
                world.coordinatorX)).with(csrf()).param("startedOn", today.toString()))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/projects/{id}", id).with(users.as(world.advisorY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("referat.pdf").contains("Regionrådet");
        mvc.perform(get("/projects/{id}", id).with(users.as(world.coordinatorW))).andExpect(status().isNotFound());
        String listed = mvc.perform(get("/projects").with(users.as(world.advisorY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).contains(name).contains("Pre-project");
        assertThat(mvc.perform(get("/projects").with(users.as(world.coordinatorW))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(name);
        // the start form is offered on the next phase only: the main project now
        page = mvc.perform(get("/projects/{id}", id).with(users.as(world.coordinatorX))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("for=\"startedOn-" + list.get(0).getId() + "\"")
                .contains("for=\"startedOn-" + list.get(2).getId() + "\"");
        mvc.perform(get("/projects/{id}/edit", id).with(users.as(world.coordinatorX))).andExpect(status().isOk());
        mvc.perform(get("/projects/types").with(users.as(world.coordinatorX))).andExpect(status().isOk());
        // a deliverable of the pre-project: owner Y, in progress, with a file
        var deliverable = context.getBean(no.kobling.project.plan.persistence.DeliverableRepository.class)
                .findByPhaseIdInOrderBySortOrderAscIdAsc(List.of(list.get(1).getId())).get(0);
        mvc.perform(multipart("/projects/{id}/deliverables/{d}", id, deliverable.getId())
                .file(new MockMultipartFile("file", "analyse.pdf", "application/pdf", ProjectApiTest.PDF))
                .param("ownerOrganisationId", String.valueOf(world.y)).param("status", "IN_PROGRESS")
                .param("dueDate", today.plusDays(30).toString())
                .param("version", String.valueOf(deliverable.getVersion()))
                .with(users.as(world.coordinatorX)).with(csrf())).andExpect(status().is3xxRedirection());
        // editing: rename, and Y left out of the parties is archived (it owns the deliverable)
        long version = projects.findById(id).orElseThrow().getVersion();
        mvc.perform(post("/projects/{id}", id).with(users.as(world.coordinatorX)).with(csrf())
                .param("name", name + " (renamed)").param("startDate", today.minusMonths(3).toString())
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/projects/{id}", id).with(users.as(world.coordinatorX))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(name + " (renamed)").contains("analyse.pdf").contains("archived");
        // a stale version is refused on the form
        mvc.perform(post("/projects/{id}", id).with(users.as(world.coordinatorX)).with(csrf())
                .param("name", name).param("startDate", today.toString()).param("version", String.valueOf(version)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theTypesPageDefinesATypeForAdministrators() throws Exception {
        String adminUser = users.create("admin", "ADMINISTRATOR");
        String en = TestUsers.unique("Network project");
        mvc.perform(post("/projects/types").with(users.as(adminUser)).with(csrf()).param("names[en]", en)
                .param("names[nb]", "Nettverksprosjekt").param("phases[0].names[en]", "Set-up")
                .param("phases[0].minMonths", "2").param("phases[0].maxMonths", "4")
                .param("phases[0].deliverables[en]", "Member list\nCharter")
                .param("phases[0].deliverables[nb]", "Medlemsliste\nVedtekter"))
                .andExpect(status().is3xxRedirection());
        var type = types.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(t -> en.equals(t.getNames().get("en"))).findFirst().orElseThrow();
        assertThat(type.getNames()).containsEntry("nb", "Nettverksprosjekt");
        String page = mvc.perform(get("/projects/types").with(users.as(adminUser))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Member list").contains("Charter");
        assertThat(List.of(type.isArchived())).containsExactly(false);
    }
}
