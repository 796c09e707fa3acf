package no.kobling.advisory.catalogue;

import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.PersonData;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import org.springframework.context.ApplicationContext;

/**
 * A fresh, isolated world for catalogue tests: a hub and a member organisation in one partnership over Giske, Sula,
 * Røros and Kiruna, and an outsider organisation in another partnership over Tromsø; users, companies and experts.
 * Not a bean (tests must not change the shared context).
 */
final class CatalogueWorld {

    final Actors actors;
    final Companies companies;
    final Geography geography;
    final UserAdministration userAdministration;
    final TestUsers users;

    final long giske;
    final long sula;
    final long roros;
    final long kiruna;
    final long alesund;
    final long tromso;
    final long hub;
    final long member;
    final long outsider;
    final long partnership;
    final long otherPartnership;
    final String coordinator;
    final String advisor;
    final String outsiderAdvisor;
    final String outsiderCoordinator;

    CatalogueWorld(ApplicationContext context) {
        actors = context.getBean(Actors.class);
        companies = context.getBean(Companies.class);
        geography = context.getBean(Geography.class);
        userAdministration = context.getBean(UserAdministration.class);
        users = new TestUsers(userAdministration, context.getBean(
                org.springframework.security.core.userdetails.UserDetailsService.class),
                context.getBean(no.kobling.identity.application.ApiTokenService.class));
        giske = municipality("NO", "1532");
        sula = municipality("NO", "1531");
        roros = municipality("NO", "5025");
        kiruna = municipality("SE", "2584");
        alesund = municipality("NO", "1508");
        tromso = municipality("NO", "5501");
        hub = organisation("Hub", "NO");
        member = organisation("Member", "NO");
        outsider = organisation("Outsider", "NO");
        partnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(
                TestUsers.unique("Catalogue partnership"), null, java.time.LocalDate.of(2025, 1, 1), null,
                Set.of(giske, sula, roros, kiruna), Map.of(hub, MemberRole.HUB, member, MemberRole.MEMBER))));
        otherPartnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(
                TestUsers.unique("Other partnership"), null, java.time.LocalDate.of(2025, 1, 1), null,
                Set.of(tromso), Map.of(outsider, MemberRole.OWNER))));
        coordinator = user("coord", hub, "PARTNERSHIP_COORDINATOR");
        advisor = user("adv", member, "ADVISOR");
        outsiderAdvisor = user("out-adv", outsider, "ADVISOR");
        outsiderCoordinator = user("out-coord", outsider, "PARTNERSHIP_COORDINATOR");
    }

    long municipality(String country, String code) {
        return geography.municipalityByCode(country, code).orElseThrow().id();
    }

    long organisation(String prefix, String country) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(prefix),
                OrganisationKind.BUSINESS_GARDEN, country, null, null, null, null, null, null)));
    }

    String user(String prefix, long organisation, String... roles) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> userAdministration.createUser(new NewUser(username, "Test " + username,
                username + "@example.org", TestUsers.PASSWORD, organisation, Set.of(roles), "en")));
        return username;
    }

    long company(String name, long municipalityId) {
        String country = municipalityId == kiruna ? "SE" : "NO";
        String number = "SE".equals(country) ? CompanyTestData.swedishNumber() : CompanyTestData.norwegianNumber();
        return SystemAccess.run(() -> companies.register(new Companies.CompanyData(country, number,
                TestUsers.unique(name), "AS", null, municipalityId, 3, null, Set.of())));
    }

    long expert(String name, long organisation, Long home, Set<String> languages, Set<String> competences,
            boolean shared) {
        return SystemAccess.run(() -> actors.createPerson(new PersonData(TestUsers.unique(name),
                Set.of(NetworkRole.MENTOR_EXPERT), organisation, home, languages, competences, null, null, shared,
                null)));
    }
}
