package no.kobling.company;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh world per test for the register rules: partnership P (Giske, Norway) of organisations A (hub) and B,
 * partnership Q (Kiruna, Sweden) of organisation C; advisors, coordinators and facilitators in them; company
 * representatives without an organisation; a company in Giske and one in Kiruna. Not a bean.
 */
public class RegisterWorld {

    public final TestUsers users;
    public final CompanyTestData companies;
    public final long orgA;
    public final long orgB;
    public final long orgC;
    public final String advisorA;
    public final String advisorA2;
    public final String advisorB;
    public final String advisorC;
    public final String advisorC2;
    public final String coordinatorA;
    public final String coordinatorC;
    public final long companyNo;
    public final long companySe;
    private final UserAdministration userAdministration;
    private final CompanyService companyService;

    public RegisterWorld(ApplicationContext context) {
        this.userAdministration = context.getBean(UserAdministration.class);
        this.companyService = context.getBean(CompanyService.class);
        this.users = new TestUsers(userAdministration, context.getBean(UserDetailsService.class),
                context.getBean(ApiTokenService.class));
        this.companies = new CompanyTestData(companyService, context.getBean(Geography.class));
        Actors actors = context.getBean(Actors.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long giske = companies.municipality("NO", "1532");
        long kiruna = companies.municipality("SE", "2584");
        orgA = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData("Reg A " + suffix,
                OrganisationKind.MUNICIPALITY_ADMINISTRATION, "NO", giske, null, null, null, null, null)));
        orgB = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData("Reg B " + suffix,
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null)));
        orgC = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData("Reg C " + suffix,
                OrganisationKind.INNOVATION_COMPANY, "SE", kiruna, null, null, null, null, null)));
        SystemAccess.run(() -> actors.createPartnership(new PartnershipData("Reg P " + suffix, null,
                LocalDate.of(2025, 1, 1), null, Set.of(giske), Map.of(orgA, MemberRole.HUB, orgB, MemberRole.MEMBER))));
        SystemAccess.run(() -> actors.createPartnership(new PartnershipData("Reg Q " + suffix, null,
                LocalDate.of(2025, 1, 1), null, Set.of(kiruna), Map.of(orgC, MemberRole.OWNER))));
        advisorA = user("reg-adv-a", orgA, "ADVISOR");
        advisorA2 = user("reg-adv-a2", orgA, "ADVISOR");
        advisorB = user("reg-adv-b", orgB, "ADVISOR");
        advisorC = user("reg-adv-c", orgC, "ADVISOR");
        advisorC2 = user("reg-adv-c2", orgC, "ADVISOR");
        coordinatorA = user("reg-coord-a", orgA, "PARTNERSHIP_COORDINATOR");
        coordinatorC = user("reg-coord-c", orgC, "PARTNERSHIP_COORDINATOR");
        companyNo = companies.create("Giske Test " + suffix, "1532", "62.01", 3, "Test", Set.of()).id();
        companySe = SystemAccess.run(() -> companyService.create(new CompanyCommand("SE",
                CompanyTestData.swedishNumber(), "Kiruna Test " + suffix, CompanyTestData.facts(2, "Test"), "62.01",
                kiruna, Set.of()))).id();
    }

    public String user(String prefix, Long organisation, String... roles) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> userAdministration.createUser(new NewUser(username, "Test " + username,
                username + "@example.org", TestUsers.PASSWORD, organisation, Set.of(roles), "en")));
        return username;
    }

    /** A company representative's account: no organisation. */
    public String representative(String prefix) {
        return user(prefix, null, "COMPANY_REPRESENTATIVE");
    }

    /** Another company in Giske (in partnership P's area). */
    public long companyInGiske(String name) {
        return companies.create(name + " " + UUID.randomUUID().toString().substring(0, 6), "1532", "62.01", 3,
                "Test", Set.of()).id();
    }

    public CompanyView company(long id) {
        return SystemAccess.run(() -> companyService.get(id));
    }

    public List<Long> ids(long... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
