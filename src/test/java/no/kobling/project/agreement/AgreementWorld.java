package no.kobling.project.agreement;

import java.time.LocalDate;
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
import no.kobling.identity.application.ApiTokenService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Organisations A and B share partnership P; C is in partnership Q with D, and shares nothing with A or B. E shares
 * an ended partnership with A. Each has a coordinator; A also has an advisor (no MANAGE_PROJECTS).
 */
final class AgreementWorld {

    final TestUsers users;
    final long a;
    final long b;
    final long c;
    final long d;
    final long e;
    final long p;
    final long q;
    final long ended;
    final String coordA;
    final String coordB;
    final String coordC;
    final String advisorA;
    final String admin;

    AgreementWorld(ApplicationContext context) {
        UserAdministration admins = context.getBean(UserAdministration.class);
        users = new TestUsers(admins, context.getBean(UserDetailsService.class),
                context.getBean(ApiTokenService.class));
        Actors actors = context.getBean(Actors.class);
        long giske = context.getBean(Geography.class).municipalityByCode("NO", "1532").orElseThrow().id();
        a = org(actors, giske, "Agreement A");
        b = org(actors, giske, "Agreement B");
        c = org(actors, giske, "Agreement C");
        d = org(actors, giske, "Agreement D");
        e = org(actors, giske, "Agreement E");
        p = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("P"), null,
                LocalDate.of(2024, 1, 1), null, Set.of(giske), Map.of(a, MemberRole.OWNER, b, MemberRole.MEMBER))));
        q = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Q"), null,
                LocalDate.of(2024, 1, 1), null, Set.of(giske), Map.of(c, MemberRole.OWNER, d, MemberRole.MEMBER))));
        ended = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("Ended"), null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), Set.of(giske),
                Map.of(a, MemberRole.OWNER, e, MemberRole.MEMBER))));
        coordA = user(admins, "coord-a", a, "PARTNERSHIP_COORDINATOR");
        coordB = user(admins, "coord-b", b, "PARTNERSHIP_COORDINATOR");
        coordC = user(admins, "coord-c", c, "PARTNERSHIP_COORDINATOR");
        advisorA = user(admins, "advisor-a", a, "ADVISOR");
        admin = user(admins, "admin", null, "ADMINISTRATOR");
    }

    private static long org(Actors actors, long municipality, String name) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                OrganisationKind.BUSINESS_GARDEN, "NO", municipality, null, null, null, null, null)));
    }

    private static String user(UserAdministration admins, String prefix, Long organisation, String role) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admins.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, organisation, Set.of(role), "en")));
        return username;
    }
}
