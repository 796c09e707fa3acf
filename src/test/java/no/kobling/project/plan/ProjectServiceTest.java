package no.kobling.project.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.geo.Geography;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.Projects;
import no.kobling.project.plan.application.ProjectAccess;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ProjectServiceTest {

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
    ProjectAccess access;
    @Autowired
    Projects projects;
    @Autowired
    ProjectTypeRepository types;
    @Autowired
    PhaseRepository phases;
    @Autowired
    DeliverableRepository deliverables;

    PlanWorld world;
    TestUsers users;
    LocalDate today;

    @BeforeEach
    void world() {
        today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Oslo"));
        world = new PlanWorld(actors, admin, geography, today);
        users = new TestUsers(admin, userDetails, tokens);
    }

    long type(String code) {
        return types.findByCode(code).orElseThrow().getId();
    }

    ProjectData data(long typeId, List<ProjectData.PartyData> parties) {
        return new ProjectData("Region " + TestUsers.unique("p"), typeId, world.partnership, null, null, today,
                null, "Goals", "Description", Set.of(world.alesund), Set.of(), parties);
    }

    @Test
    void creatingABusinessFriendlyRegionProjectCopiesTheTypesPhasesAndDeliverables() {
        Project p = users.actingAs(world.coordinatorX, () -> service.create(data(type("BUSINESS_FRIENDLY_REGION"),
                List.of(new ProjectData.PartyData(world.y, "Interviews")))));
        var list = phases.findByProjectIdOrderByOrder(p.getId());
        assertThat(list).hasSize(3);
        // pre-study planned for its maximum 9 months, the pre-project for 12 right after it
        assertThat(list.get(0).getPlannedStart()).isEqualTo(today);
        assertThat(list.get(0).getPlannedEnd()).isEqualTo(today.plusMonths(9).minusDays(1));
        assertThat(list.get(1).getPlannedStart()).isEqualTo(today.plusMonths(9));
        assertThat(list.get(1).getPlannedEnd()).isEqualTo(today.plusMonths(9).plusMonths(12).minusDays(1));
        assertThat(deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(List.of(list.get(0).getId()))).hasSize(6);
        assertThat(deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(List.of(list.get(1).getId()))).hasSize(5);
        assertThat(access.partyOrganisationIds(p.getId())).containsExactlyInAnyOrder(world.x, world.y);
        assertThat(users.actingAs(world.advisorY, () -> projects.taggable()))
                .extracting(no.kobling.project.ProjectRef::id).contains(p.getId());
        assertThat(users.actingAs(world.coordinatorW, () -> projects.names(List.of(p.getId())))).isEmpty();
        assertThatThrownBy(() -> users.actingAs(world.coordinatorW, () -> access.requireVisible(p.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Autowired
    no.kobling.project.plan.application.PhaseService phaseService;

    @Test
    void theFacadeTagsForPartiesOnlyAndGivesTheResultsScope() {
        ProjectData funded = new ProjectData("Funded " + TestUsers.unique("p"), type("PLAIN"), world.partnership,
                null, world.y, today, today.plusYears(1), null, null, Set.of(world.alesund, world.giske), Set.of(),
                List.of(new ProjectData.PartyData(world.z, "Events")));
        Project p = users.actingAs(world.coordinatorX, () -> service.create(funded));
        // the funder's users see it and its scope, but cannot tag work with it
        assertThat(users.actingAs(world.coordinatorY, () -> projects.funded()))
                .extracting(no.kobling.project.ProjectRef::id).containsExactly(p.getId());
        var scope = users.actingAs(world.coordinatorY, () -> projects.scope(p.getId())).orElseThrow();
        assertThat(scope.partyOrganisationIds()).containsExactlyInAnyOrder(world.x, world.z);
        assertThat(scope.municipalityIds()).containsExactlyInAnyOrder(world.alesund, world.giske);
        assertThat(scope.funderOrganisationId()).isEqualTo(world.y);
        assertThat(scope.endDate()).isEqualTo(today.plusYears(1));
        assertThatThrownBy(() -> users.actingAs(world.coordinatorY, () -> projects.requireTaggable(p.getId())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("project-not-taggable");
        assertThat(users.actingAs(world.coordinatorY, () -> projects.taggable()))
                .extracting(no.kobling.project.ProjectRef::id).doesNotContain(p.getId());
        assertThat(users.actingAs(world.coordinatorX, () -> projects.requireTaggable(p.getId())).name())
                .isEqualTo(p.getName());
        // another tenant: absent
        assertThat(users.actingAs(world.coordinatorW, () -> projects.scope(p.getId()))).isEmpty();
        assertThatThrownBy(() -> users.actingAs(world.coordinatorW, () -> projects.requireTaggable(p.getId())))
                .isInstanceOf(NotFoundException.class);
        // a stopped project is closed: no more tagging
        long phase = phases.findByProjectIdOrderByOrder(p.getId()).get(0).getId();
        users.actingAs(world.coordinatorX, () -> phaseService.startPhase(p.getId(), phase, today));
        users.actingAs(world.coordinatorX, () -> phaseService.decide(p.getId(), phase,
                new no.kobling.project.plan.application.PhaseService.GateData("Board", today,
                        no.kobling.project.plan.domain.GateDecision.STOP, null), null));
        assertThatThrownBy(() -> users.actingAs(world.coordinatorX, () -> projects.requireTaggable(p.getId())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("project-not-taggable");
        assertThat(users.actingAs(world.coordinatorX, () -> projects.taggable()))
                .extracting(no.kobling.project.ProjectRef::id).doesNotContain(p.getId());
    }

    @Test
    void aPartyOutsideThePartnershipIsRefused() {
        assertThatThrownBy(() -> users.actingAs(world.coordinatorX, () -> service.create(data(type("PLAIN"),
                List.of(new ProjectData.PartyData(world.w, null))))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("party-outside-partnership");
    }
}
