package no.kobling.project.plan.timeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.project.document.DocumentStore;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.Gate;
import no.kobling.project.plan.domain.GateDecision;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.GateRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A business-friendly region project of its own partnership (owner X, party Y; W is another tenant): the pre-study
 * ran from ten months ago and passed its gate (GO by the regional council two months ago, minutes attached), the
 * pre-project runs since then with one deliverable overdue (due yesterday, in progress) and one done.
 */
final class TimelineWorld {

    static final String COUNCIL = "Møre og Romsdal fylkeskommune – regionalt næringsforum";
    static final String MINUTES = "minutes-pre-study.pdf";

    final long x;
    final long y;
    final long w;
    final String xName;
    final String yName;
    final String coordinatorX;
    final String advisorY;
    final String coordinatorW;
    final long projectId;
    final LocalDate start;
    final LocalDate goDay;
    final LocalDate today;
    final long overdueDeliverable;

    TimelineWorld(Actors actors, UserAdministration admin, Geography geography, TestUsers users,
            ProjectService projects, ProjectTypeRepository types, PhaseRepository phases, GateRepository gates,
            DeliverableRepository deliverables, ProjectRepository projectRows, DocumentStore documents,
            TransactionTemplate tx, LocalDate today) {
        this.today = today;
        long alesund = geography.municipalityByCode("NO", "1508").orElseThrow().id();
        long heroy = geography.municipalityByCode("NO", "1515").orElseThrow().id();
        xName = TestUsers.unique("Timeline X");
        yName = TestUsers.unique("Timeline Y");
        x = organisation(actors, xName);
        y = organisation(actors, yName);
        w = organisation(actors, TestUsers.unique("Timeline W"));
        long partnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(
                TestUsers.unique("Timeline"), null, today.minusYears(2), today.plusYears(3), Set.of(alesund),
                Map.of(x, MemberRole.OWNER, y, MemberRole.MEMBER))));
        SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Other"), null,
                today.minusYears(1), today.plusYears(3), Set.of(heroy), Map.of(w, MemberRole.OWNER))));
        coordinatorX = user(admin, "tl-coord-x", x, "PARTNERSHIP_COORDINATOR");
        advisorY = user(admin, "tl-adv-y", y, "ADVISOR");
        coordinatorW = user(admin, "tl-coord-w", w, "PARTNERSHIP_COORDINATOR");
        start = today.minusMonths(10);
        goDay = today.minusMonths(2);
        long type = types.findByCode("BUSINESS_FRIENDLY_REGION").orElseThrow().getId();
        Project project = users.actingAs(coordinatorX, () -> projects.create(new ProjectData(
                TestUsers.unique("Region Nordvest"), type, partnership, null, null, start, null,
                "More companies that grow", "A region that is good for business", Set.of(alesund), Set.of(),
                List.of(new ProjectData.PartyData(y, "Interviews with companies")))));
        projectId = project.getId();
        long minutes = users.actingAs(coordinatorX, () -> documents.store(MINUTES, pdf()).id());
        long coordinatorXId = users.id(coordinatorX);
        overdueDeliverable = tx.execute(s -> {
            List<Phase> list = phases.findByProjectIdOrderByOrder(projectId);
            Phase preStudy = list.get(0);
            preStudy.setGoals("Know the needs of the companies");
            preStudy.start(start, true, null, today);
            Gate go = preStudy.decide(COUNCIL, goDay, GateDecision.GO, minutes, "Go on to the pre-project", today,
                    coordinatorX, java.time.Instant.now());
            gates.save(go);
            Phase preProject = list.get(1);
            preProject.start(goDay, false, go, today);
            projectRows.findById(projectId).orElseThrow().phaseStarted();
            List<Deliverable> ds = deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(List.of(preProject.getId()));
            ds.get(0).assign(y, null, today.minusDays(1));
            ds.get(0).setStatus(DeliverableStatus.IN_PROGRESS);
            ds.get(1).assign(x, coordinatorXId, today.minusDays(1));
            ds.get(1).setStatus(DeliverableStatus.DONE);
            for (Deliverable d : deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(List.of(preStudy.getId()))) {
                d.assign(x, null, goDay.minusDays(7));
                d.setStatus(DeliverableStatus.DONE);
            }
            return ds.get(0).getId();
        });
    }

    /** A small real PDF (the document store recognises files by content). */
    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long organisation(Actors actors, String name) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(name,
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
    }

    private static String user(UserAdministration admin, String prefix, long organisation, String role) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, organisation, Set.of(role), "en")));
        return username;
    }
}
