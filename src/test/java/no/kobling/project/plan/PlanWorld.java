package no.kobling.project.plan;

import java.time.LocalDate;
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
import no.kobling.geo.Geography;

/**
 * A partnership of its own for plan tests: owner X (a coordinator), members Y and Z, an outsider W in another
 * partnership, two municipalities in the area (Ålesund, Giske) and one outside (Herøy).
 */
final class PlanWorld {

    final long x;
    final long y;
    final long z;
    final long w;
    final long partnership;
    final long otherPartnership;
    final long alesund;
    final long giske;
    final long heroy;
    final String coordinatorX;
    final String advisorY;
    final String coordinatorY;
    final String coordinatorW;

    PlanWorld(Actors actors, UserAdministration admin, Geography geography, LocalDate today) {
        alesund = geography.municipalityByCode("NO", "1508").orElseThrow().id();
        giske = geography.municipalityByCode("NO", "1532").orElseThrow().id();
        heroy = geography.municipalityByCode("NO", "1515").orElseThrow().id();
        x = organisation(actors, "X");
        y = organisation(actors, "Y");
        z = organisation(actors, "Z");
        w = organisation(actors, "W");
        partnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Plan"),
                null, today.minusYears(1), today.plusYears(3), Set.of(alesund, giske),
                Map.of(x, MemberRole.OWNER, y, MemberRole.MEMBER, z, MemberRole.MEMBER))));
        otherPartnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(
                TestUsers.unique("Other"), null, today.minusYears(1), today.plusYears(3), Set.of(heroy),
                Map.of(w, MemberRole.OWNER))));
        coordinatorX = user(admin, "coord-x", x, "PARTNERSHIP_COORDINATOR");
        advisorY = user(admin, "adv-y", y, "ADVISOR");
        coordinatorY = user(admin, "coord-y", y, "PARTNERSHIP_COORDINATOR");
        coordinatorW = user(admin, "coord-w", w, "PARTNERSHIP_COORDINATOR");
    }

    private static long organisation(Actors actors, String name) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
    }

    private static String user(UserAdministration admin, String prefix, long organisation, String role) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, organisation, Set.of(role), "en")));
        return username;
    }
}
