package no.kobling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kobling.actor.Actors;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoDataTest {

    @Autowired
    Actors actors;

    @Autowired
    UserAdministration users;

    @Autowired
    DemoDataLoader loader;

    @Test
    void theFourPartnershipsOfTheSeedsExist() {
        List<String> names = List.of(DemoSeeds.NORDVESTLANDET, DemoSeeds.SOR_TRONDELAG,
                DemoSeeds.NORDIC_BUSINESS_LINK, DemoSeeds.NORTH_BUSINESS_ARENA);
        assertThat(names).allSatisfy(n ->
                assertThat(SystemAccess.run(() -> actors.partnershipIdByName(n))).as(n).isPresent());
        assertThat(DemoSeeds.partnerships()).hasSize(4);
    }

    @Test
    void nordvestlandetHasFourteenMunicipalitiesAndNbaEight() {
        long nordvest = SystemAccess.run(() -> actors.partnershipIdByName(DemoSeeds.NORDVESTLANDET)).orElseThrow();
        assertThat(SystemAccess.run(() -> actors.partnershipMunicipalityIds(nordvest))).hasSize(14);
        long nba = SystemAccess.run(() -> actors.partnershipIdByName(DemoSeeds.NORTH_BUSINESS_ARENA)).orElseThrow();
        assertThat(SystemAccess.run(() -> actors.partnershipMunicipalityIds(nba))).hasSize(8);
    }

    @Autowired
    no.kobling.identity.OrganisationDirectory directory;

    @Test
    void identityNamesTheDemoOrganisationsThroughItsPort() {
        long akp = SystemAccess.run(() -> actors.organisationIdByName(DemoSeeds.MARKER)).orElseThrow();
        assertThat(directory.find(akp)).map(no.kobling.identity.OrganisationDirectory.OrganisationRef::name)
                .contains("ÅKP");
        assertThat(directory.all()).extracting(no.kobling.identity.OrganisationDirectory.OrganisationRef::name)
                .contains("Business Oulu", "Gällivare Näringsliv", "Rørosregionen Næringshage");
        assertThat(directory.find(-1)).isEmpty();
    }

    @Test
    void everyDemoLoginExists() {
        assertThat(DemoSeeds.users()).hasSize(10)
                .allSatisfy(u -> assertThat(users.usernameExists(u.username())).as(u.username()).isTrue());
    }

    @Test
    void loadingAgainAddsNothing() {
        Actors.Counts before = SystemAccess.run(actors::counts);
        long usersBefore = users.countUsers();
        assertThat(loader.load()).isFalse();
        loader.run(null);
        assertThat(SystemAccess.run(actors::counts)).isEqualTo(before);
        assertThat(users.countUsers()).isEqualTo(usersBefore);
    }

    @Test
    void peopleAreInventedAndNotTheNamesInTheArticles() {
        List<String> real = List.of("Oddbjørn Hatløy", "Vebjørn Krogsæter", "Per Erik Dalen", "Sigrid M. Jansen",
                "Ola Borten Moe", "Kjell-Åke Johansson", "Paula Mikkola", "Knut Onsager", "Steinar Larsen");
        assertThat(DemoSeeds.people()).extracting(DemoSeeds.Person::name).doesNotContainAnyElementsOf(real);
        assertThat(DemoSeeds.people()).filteredOn(DemoSeeds.Person::shared).isNotEmpty();
        assertThat(DemoSeeds.people()).filteredOn(p -> !p.shared()).isNotEmpty();
    }
}
