package no.kobling.partnering.cases;

import java.util.Map;
import java.util.Set;
import no.kobling.actor.ActorTestSupport;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationKind;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import org.springframework.context.ApplicationContext;

/**
 * A fresh partnership for case tests: a Norwegian owner organisation and a Finnish member, a Swedish organisation
 * outside; facilitators in each, a coordinator of the hub, an advisor without the facilitation permission; and a
 * Norwegian and a Swedish company. Every name is unique, so tests never see each other's data.
 */
public final class CaseTestData {

    public final long orgNo;
    public final long orgFi;
    public final long orgOutside;
    public final long orgHub;
    public final long partnership;
    public final String facNo;
    public final String facFi;
    public final String facOutside;
    public final String coordinator;
    public final String advisor;
    public final long companyNo;
    public final long companySe;
    private final TestUsers users;

    public CaseTestData(ApplicationContext context, TestUsers users) {
        this.users = users;
        ActorTestSupport actors = ActorTestSupport.from(context);
        UserAdministration admin = context.getBean(UserAdministration.class);
        Companies companies = context.getBean(Companies.class);
        orgNo = actors.newOrganisation(ActorTestSupport.unique("Næringshage"), OrganisationKind.BUSINESS_GARDEN, "NO");
        orgFi = actors.newOrganisation(ActorTestSupport.unique("Business Oulu"), OrganisationKind.OTHER, "FI");
        orgOutside = actors.newOrganisation(ActorTestSupport.unique("Näringsliv"), OrganisationKind.OTHER, "SE");
        orgHub = actors.newOrganisation(ActorTestSupport.unique("Hub"), OrganisationKind.INNOVATION_COMPANY, "NO");
        partnership = actors.newPartnership(ActorTestSupport.unique("Nordic Link"),
                Map.of(orgNo, MemberRole.OWNER, orgFi, MemberRole.MEMBER, orgHub, MemberRole.HUB));
        actors.newPartnership(ActorTestSupport.unique("Other Link"), Map.of(orgOutside, MemberRole.OWNER));
        facNo = user(admin, "fac-no", orgNo, "FACILITATOR", "nb");
        facFi = user(admin, "fac-fi", orgFi, "FACILITATOR", "fi");
        facOutside = user(admin, "fac-se", orgOutside, "FACILITATOR", "sv");
        coordinator = user(admin, "coord", orgHub, "PARTNERSHIP_COORDINATOR", "nb");
        advisor = user(admin, "adv", orgNo, "ADVISOR", "nb");
        companyNo = SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), ActorTestSupport.unique("Sveis AS"), "AS", "25.62", null, 12,
                "Sveising", Set.of())));
        companySe = SystemAccess.run(() -> companies.register(new Companies.CompanyData("SE",
                CompanyTestData.swedishNumber(), ActorTestSupport.unique("Gruvteknik AB"), "AB", "09.90", null, 30,
                "Gruvor", Set.of())));
    }

    /** A funder (aggregates only) of the partnership's hub organisation. */
    public String funder(ApplicationContext context) {
        return user(context.getBean(UserAdministration.class), "funder", orgHub, "FUNDER", "en");
    }

    private static String user(UserAdministration admin, String prefix, long org, String role, String locale) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, org, Set.of(role), locale)));
        return username;
    }

    public long id(String username) {
        return users.id(username);
    }

    /** JSON body of a new case between the Norwegian and the Swedish company. */
    public String newCaseJson() {
        return "{\"partnershipId\":" + partnership + ",\"companyA\":" + companyNo + ",\"companyB\":" + companySe
                + ",\"facilitatorA\":" + id(facNo) + ",\"facilitatorB\":" + id(facFi) + "}";
    }
}
