package no.kobling.project.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import org.springframework.context.ApplicationContext;

/**
 * Two tenants of their own: organisations A (owner) and B in partnership P (Giske and Sula), organisation C in
 * partnership Q (Giske), and an ended partnership E of A. Users: a coordinator and an advisor of A, an advisor of B
 * (the facilitator), a coordinator of C. Companies: two in Giske, one in Ålesund (outside P).
 */
final class NetworkTestData {

    final TestUsers users;
    final long giske;
    final long sula;
    final long alesund;
    final long orgA;
    final long orgB;
    final long orgC;
    final long partnershipP;
    final long partnershipQ;
    final long endedE;
    final String coordA;
    final String advisorA;
    final String facB;
    final long facBId;
    final String coordC;
    final long coordCId;
    final long company1;
    final long company2;
    final long company3;

    NetworkTestData(ApplicationContext context, TestUsers users) {
        this.users = users;
        Geography geo = context.getBean(Geography.class);
        Actors actors = context.getBean(Actors.class);
        Companies companies = context.getBean(Companies.class);
        UserAdministration admin = context.getBean(UserAdministration.class);
        giske = geo.municipalityByCode("NO", "1532").orElseThrow().id();
        sula = geo.municipalityByCode("NO", "1531").orElseThrow().id();
        alesund = geo.municipalityByCode("NO", "1508").orElseThrow().id();
        orgA = organisation(actors, "Net A");
        orgB = organisation(actors, "Net B");
        orgC = organisation(actors, "Net C");
        partnershipP = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("NetP"),
                null, LocalDate.of(2025, 1, 1), null, Set.of(giske, sula),
                Map.of(orgA, MemberRole.OWNER, orgB, MemberRole.MEMBER))));
        partnershipQ = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("NetQ"),
                null, LocalDate.of(2025, 1, 1), null, Set.of(giske), Map.of(orgC, MemberRole.OWNER))));
        endedE = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("NetE"),
                null, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), Set.of(giske),
                Map.of(orgA, MemberRole.OWNER, orgB, MemberRole.MEMBER))));
        coordA = user(admin, "coordA", orgA, "PARTNERSHIP_COORDINATOR");
        advisorA = user(admin, "advA", orgA, "ADVISOR");
        facB = user(admin, "facB", orgB, "ADVISOR");
        facBId = users.id(facB);
        coordC = user(admin, "coordC", orgC, "PARTNERSHIP_COORDINATOR");
        coordCId = users.id(coordC);
        company1 = company(companies, giske, "Net One AS");
        company2 = company(companies, giske, "Net Two AS");
        company3 = company(companies, alesund, "Net Three AS");
    }

    String networkJson(String name, String start, String end, long... municipalities) {
        StringBuilder ids = new StringBuilder();
        for (long m : municipalities) {
            ids.append(ids.isEmpty() ? "" : ",").append(m);
        }
        return "{\"partnershipId\":" + partnershipP + ",\"name\":\"" + name + "\",\"purpose\":\"Suppliers meet\","
                + "\"organiserOrganisationId\":" + orgA + ",\"facilitatorUserId\":" + facBId + ",\"municipalityIds\":["
                + ids + "],\"startDate\":\"" + start + "\"" + (end == null ? "" : ",\"endDate\":\"" + end + "\"")
                + "}";
    }

    private static long organisation(Actors actors, String name) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null, null, null)));
    }

    private String user(UserAdministration admin, String prefix, long organisation, String role) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, organisation, Set.of(role), "en")));
        return username;
    }

    private static long company(Companies companies, long municipality, String name) {
        return SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique(name), "AS", "25.62", municipality, 5, null,
                Set.of())));
    }
}
