package no.kobling.advisory;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.company.CompanyTestData;
import no.kobling.company.application.CompanyService;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh small world per test: a partnership P of organisations A (hub) and B, an organisation C outside it, an
 * advisor in each, a coordinator in A, and companies in Giske (1532) and Ålesund (1508). Not a bean.
 */
public class AdvisoryWorld {

    public final TestUsers users;
    public final CompanyTestData companies;
    public final long orgA;
    public final long orgB;
    public final long orgC;
    public final long partnership;
    public final String advisorA;
    public final String advisorA2;
    public final String advisorB;
    public final String advisorC;
    public final String coordinatorA;
    public final String funderA;
    private final UserAdministration userAdministration;

    public AdvisoryWorld(ApplicationContext context) {
        this.userAdministration = context.getBean(UserAdministration.class);
        this.users = new TestUsers(userAdministration, context.getBean(UserDetailsService.class),
                context.getBean(ApiTokenService.class));
        this.companies = new CompanyTestData(context.getBean(CompanyService.class), context.getBean(Geography.class));
        Actors actors = context.getBean(Actors.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long giske = companies.municipality("NO", "1532");
        orgA = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData("Adv A " + suffix,
                OrganisationKind.MUNICIPALITY_ADMINISTRATION, "NO", giske, null, null, null, null, null)));
        orgB = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData("Adv B " + suffix,
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
        orgC = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData("Adv C " + suffix,
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
        partnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData("Adv P " + suffix, null,
                LocalDate.of(2025, 1, 1), null, Set.of(giske), Map.of(orgA, MemberRole.HUB, orgB, MemberRole.MEMBER))));
        advisorA = user("adv-a", orgA, "ADVISOR");
        advisorA2 = user("adv-a2", orgA, "ADVISOR");
        advisorB = user("adv-b", orgB, "ADVISOR");
        advisorC = user("adv-c", orgC, "ADVISOR");
        coordinatorA = user("coord-a", orgA, "PARTNERSHIP_COORDINATOR");
        funderA = user("fund-a", orgA, "FUNDER");
    }

    public String user(String prefix, long organisation, String... roles) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> userAdministration.createUser(new NewUser(username, "Test " + username,
                username + "@example.org", TestUsers.PASSWORD, organisation, Set.of(roles), "en")));
        return username;
    }

    public long company(String name, String municipalityCode, Set<String> targetGroups) {
        return companies.create(name, municipalityCode, "62.01", 3, "Test", targetGroups).id();
    }
}
