package no.kobling.project.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;

/**
 * A partnership of its own for budget tests: owner X (a coordinator and an advisor), parties Y and Z, and W in another
 * partnership with a project of its own. The project of X is of the business-friendly region type.
 */
final class BudgetWorld {

    final long x;
    final long y;
    final long z;
    final long w;
    final String nameX;
    final String nameY;
    final String coordinatorX;
    final String advisorX;
    final String advisorY;
    final String coordinatorW;
    final String advisorW;
    final long project;
    final long projectW;

    BudgetWorld(Actors actors, UserAdministration admin, ProjectService projects, ProjectTypeRepository types,
            TestUsers users, LocalDate today) {
        nameX = TestUsers.unique("X");
        nameY = TestUsers.unique("Y");
        x = organisation(actors, nameX);
        y = organisation(actors, nameY);
        z = organisation(actors, TestUsers.unique("Z"));
        w = organisation(actors, TestUsers.unique("W"));
        long partnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(
                TestUsers.unique("Budget"), null,
                today.minusYears(1), today.plusYears(3), Set.of(),
                Map.of(x, MemberRole.OWNER, y, MemberRole.MEMBER, z, MemberRole.MEMBER))));
        long other = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Other"),
                null, today.minusYears(1), today.plusYears(3), Set.of(), Map.of(w, MemberRole.OWNER))));
        coordinatorX = user(admin, "coord-x", x, "PARTNERSHIP_COORDINATOR");
        advisorX = user(admin, "adv-x", x, "ADVISOR");
        advisorY = user(admin, "adv-y", y, "ADVISOR");
        coordinatorW = user(admin, "coord-w", w, "PARTNERSHIP_COORDINATOR");
        advisorW = user(admin, "adv-w", w, "ADVISOR");
        long type = types.findByCode("BUSINESS_FRIENDLY_REGION").orElseThrow().getId();
        project = users.actingAs(coordinatorX, () -> projects.create(new ProjectData(TestUsers.unique("Region"),
                type, partnership, null, null, today, null, "Goals", "Description", Set.of(), Set.of(),
                List.of(new ProjectData.PartyData(y, "Interviews"), new ProjectData.PartyData(z, "Survey")))))
                .getId();
        projectW = users.actingAs(coordinatorW, () -> projects.create(new ProjectData(TestUsers.unique("Other"),
                type, other, null, null, today, null, null, null, Set.of(), Set.of(), List.of()))).getId();
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
