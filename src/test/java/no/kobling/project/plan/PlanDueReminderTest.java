package no.kobling.project.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.geo.Geography;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.plan.application.PhaseService;
import no.kobling.project.plan.application.PhaseService.DeliverableData;
import no.kobling.project.plan.application.PlanDueReminder;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 16 point 2: the daily job tells the right people that a gate decision or a deliverable is due, once per item
 * and date: the owner's coordinators of a gate, a deliverable's owner (else its organisation's coordinators), and
 * nobody for an item far ahead or in another tenant.
 */
@IntegrationTest
class PlanDueReminderTest {

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
    ProjectService service;
    @Autowired
    PhaseService phaseService;
    @Autowired
    PhaseRepository phases;
    @Autowired
    ProjectTypeRepository types;
    @Autowired
    PlanDueReminder reminder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeliverableRepository deliverables;

    PlanWorld world;
    TestUsers users;
    LocalDate today;

    @BeforeEach
    void world() {
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Oslo"));
        world = new PlanWorld(actors, admin, geography, today);
        users = new TestUsers(admin, userDetails, tokens);
    }

    int due(String username, Project p, String messageKey) {
        return jdbc.queryForObject("select count(*) from notification_notification where user_id = ? and kind = "
                + "'PROJECT_ITEM_DUE' and link = ? and message_key = ?", Integer.class, users.id(username),
                "/projects/" + p.getId(), messageKey);
    }

    @Test
    void gatesAndDeliverablesDueSoonAreToldOnceToTheirPeople() {
        long type = types.findByCode("PLAIN").orElseThrow().getId();
        Project p = users.actingAs(world.coordinatorX, () -> service.create(new ProjectData("Due "
                + TestUsers.unique("p"), type, world.partnership, null, null, today, null, "Goals", "Description",
                Set.of(world.alesund), Set.of(), List.of(new ProjectData.PartyData(world.y, "Interviews")))));
        Phase first = phases.findByProjectIdOrderByOrder(p.getId()).get(0);
        users.actingAs(world.coordinatorX, () -> phaseService.updatePhase(p.getId(), first.getId(),
                first.getVersion(), "Goals", today, today.plusDays(3)));
        users.actingAs(world.coordinatorX, () -> phaseService.startPhase(p.getId(), first.getId(), today));
        long advisorY = users.id(world.advisorY);
        users.actingAs(world.coordinatorX, () -> {
            phaseService.addDeliverable(p.getId(), first.getId(), new DeliverableData("Partner list", world.y, null,
                    today.plusDays(2), DeliverableStatus.PLANNED));
            phaseService.addDeliverable(p.getId(), first.getId(), new DeliverableData("Survey", world.y, advisorY,
                    today.plusDays(1), DeliverableStatus.IN_PROGRESS));
            phaseService.addDeliverable(p.getId(), first.getId(), new DeliverableData("Far ahead", world.y, null,
                    today.plusDays(40), DeliverableStatus.PLANNED));
            return phaseService.addDeliverable(p.getId(), first.getId(), new DeliverableData("Finished", null, null,
                    today.plusDays(1), DeliverableStatus.DONE));
        });

        reminder.remind(clock.instant());

        assertThat(due(world.coordinatorX, p, "notify.project.gate-due")).isEqualTo(1);
        assertThat(due(world.coordinatorY, p, "notify.project.gate-due")).as("not the owner").isZero();
        assertThat(due(world.coordinatorY, p, "notify.project.deliverable-due")).as("Partner list (Y's)")
                .isEqualTo(1);
        assertThat(due(world.advisorY, p, "notify.project.deliverable-due")).as("Survey, owned by the advisor")
                .isEqualTo(1);
        assertThat(due(world.coordinatorX, p, "notify.project.deliverable-due"))
                .as("Y's deliverables, the far one and the finished one are not X's").isZero();
        assertThat(due(world.coordinatorW, p, "notify.project.gate-due")
                + due(world.coordinatorW, p, "notify.project.deliverable-due")).isZero();
        assertThat(jdbc.queryForObject("select args from notification_notification where user_id = ? and link = ?",
                String.class, advisorY, "/projects/" + p.getId())).contains("Survey");

        reminder.remind(clock.instant());
        reminder.remind(clock.instant().plusSeconds(86_400));
        assertThat(due(world.coordinatorX, p, "notify.project.gate-due")).as("once per gate").isEqualTo(1);
        assertThat(due(world.coordinatorY, p, "notify.project.deliverable-due")).as("once per deliverable")
                .isEqualTo(1);
    }

    /** A deliverable copied from the type's template has no own name: the template's, in the recipient's language. */
    @Test
    void aTemplateDeliverableIsToldByItsTemplateName() {
        long type = types.findByCode("BUSINESS_FRIENDLY_REGION").orElseThrow().getId();
        Project p = users.actingAs(world.coordinatorX, () -> service.create(new ProjectData("Region "
                + TestUsers.unique("p"), type, world.partnership, null, null, today, null, "Goals", "Description",
                Set.of(world.alesund), Set.of(), List.of(new ProjectData.PartyData(world.y, "Interviews")))));
        Phase first = phases.findByProjectIdOrderByOrder(p.getId()).get(0);
        users.actingAs(world.coordinatorX, () -> phaseService.startPhase(p.getId(), first.getId(), today));
        Deliverable template = deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(List.of(first.getId())).stream()
                .filter(d -> d.getTemplateId() != null && d.getName() == null).findFirst().orElseThrow();
        long advisorY = users.id(world.advisorY);
        users.actingAs(world.coordinatorX, () -> phaseService.updateDeliverable(p.getId(), template.getId(),
                template.getVersion(), new DeliverableData(null, world.y, advisorY, today.plusDays(2),
                        DeliverableStatus.PLANNED)));

        reminder.remind(clock.instant());

        assertThat(due(world.advisorY, p, "notify.project.deliverable-due")).isEqualTo(1);
        // the advisor reads English
        assertThat(jdbc.queryForObject("select args from notification_notification where user_id = ? and link = ?",
                String.class, advisorY, "/projects/" + p.getId())).contains("Status and needs analysis");
    }
}
