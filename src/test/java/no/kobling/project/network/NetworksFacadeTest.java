package no.kobling.project.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.Networks;
import no.kobling.project.Networks.MeetingData;
import no.kobling.project.Networks.NetworkData;
import no.kobling.project.Networks.NetworkFact;
import no.kobling.shared.NotFoundException;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The facade results count networks with: which networks run in a period, their members and meetings in it. */
@IntegrationTest
class NetworksFacadeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Networks networks;

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void networksOfAPeriodWithTheirMembersAndMeetings() {
        NetworkTestData data = new NetworkTestData(context, new TestUsers(userAdministration, userDetails, tokens));
        TestUsers users = data.users;
        long n1 = users.actingAs(data.coordA, () -> {
            long id = networks.create(new NetworkData(data.partnershipP, "N1", null, data.orgA, data.facBId,
                    Set.of(data.giske), d("2026-01-10"), null, null));
            networks.addMember(id, data.company1, null);
            networks.addMember(id, data.company2, d("2026-05-01"));
            for (String day : List.of("2026-01-20", "2026-03-05", "2026-07-01")) {
                networks.recordMeeting(id, new MeetingData(d(day), "Hall", null, "Topic", Set.of(data.company1),
                        null));
            }
            return id;
        });
        long n2 = users.actingAs(data.coordA, () -> {
            long id = networks.create(new NetworkData(data.partnershipP, "N2", null, data.orgB, data.facBId,
                    Set.of(data.sula), d("2025-06-01"), d("2025-12-31"), null));
            networks.addMember(id, data.company1, null);
            networks.recordMeeting(id, new MeetingData(d("2025-07-01"), null, data.sula, "Summer", Set.of(), null));
            return id;
        });
        long n3 = users.actingAs(data.coordA, () -> networks.create(new NetworkData(data.partnershipP, "N3", null,
                data.orgA, data.facBId, Set.of(data.sula), d("2026-08-01"), null, null)));

        // first half of 2026 in Giske: N1, both members (the second joined in May), two of its three meetings
        Map<Long, NetworkFact> half = byId(users.actingAs(data.advisorA, () -> networks.networks(data.partnershipP,
                Set.of(data.giske), d("2026-01-01"), d("2026-06-30"))));
        assertThat(half.keySet()).containsExactly(n1);
        assertThat(half.get(n1).memberCompanyIds()).containsExactlyInAnyOrder(data.company1, data.company2);
        assertThat(half.get(n1).meetingsInPeriod()).isEqualTo(2);
        assertThat(half.get(n1).startDate()).isEqualTo(d("2026-01-10"));
        assertThat(half.get(n1).municipalityIds()).containsExactly(data.giske);
        assertThat(half.get(n1).projectId()).isNull();

        // the first quarter: the second member had not joined
        NetworkFact q1 = users.actingAs(data.advisorA, () -> networks.networks(data.partnershipP, Set.of(data.giske),
                d("2026-01-01"), d("2026-03-31"))).get(0);
        assertThat(q1.memberCompanyIds()).containsExactly(data.company1);
        assertThat(q1.meetingsInPeriod()).isEqualTo(2);

        // all municipalities: N2 ended before the period, N3 starts after it
        assertThat(byId(users.actingAs(data.coordA, () -> networks.networks(data.partnershipP, Set.of(),
                d("2026-01-01"), d("2026-06-30")))).keySet()).containsExactly(n1);

        // two years in Sula: N2 and N3; networks started in 2026 are those with a start date in it
        Map<Long, NetworkFact> sula = byId(SystemAccess.run(() -> networks.networks(data.partnershipP,
                Set.of(data.sula), d("2025-01-01"), d("2026-12-31"))));
        assertThat(sula.keySet()).containsExactlyInAnyOrder(n2, n3);
        assertThat(sula.get(n2).meetingsInPeriod()).isEqualTo(1);
        assertThat(sula.get(n3).meetingsInPeriod()).isZero();
        assertThat(sula.values().stream().filter(f -> !f.startDate().isBefore(d("2026-01-01"))
                && !f.startDate().isAfter(d("2026-12-31"))).map(NetworkFact::id)).containsExactly(n3);

        // a caller of another tenant may not see the partnership
        assertThatThrownBy(() -> users.actingAs(data.coordC, () -> networks.networks(data.partnershipP, Set.of(),
                d("2026-01-01"), d("2026-06-30")))).isInstanceOf(NotFoundException.class);
        assertThat(users.actingAs(data.coordC, () -> networks.idByName(data.partnershipP, "N1"))).isEmpty();
        assertThat(users.actingAs(data.coordA, () -> networks.idByName(data.partnershipP, "n1"))).contains(n1);
    }

    @Autowired
    no.kobling.actor.Actors actors;

    @Test
    void theDemoRunsNetworksInNorthBusinessArenaAndNordvestlandet() {
        SystemAccess.run(() -> {
            long nba = actors.partnershipIdByName("North Business Arena").orElseThrow();
            long nordvest = actors.partnershipIdByName(
                    "Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet").orElseThrow();
            LocalDate from = LocalDate.of(2000, 1, 1);
            LocalDate to = LocalDate.of(2100, 1, 1);
            List<NetworkFact> north = networks.networks(nba, Set.of(), from, to);
            assertThat(north).extracting(NetworkFact::name).contains("Kvinnliga företagare i Malmfälten",
                    "Gruvleverantörer i inlandet");
            assertThat(north).allSatisfy(f -> {
                assertThat(f.memberCompanyIds()).isNotEmpty();
                assertThat(f.meetingsInPeriod()).isPositive();
            });
            assertThat(networks.networks(nordvest, Set.of(), from, to)).extracting(NetworkFact::name)
                    .contains("Maritimt leverandørnettverk Sunnmøre");
        });
    }

    private static Map<Long, NetworkFact> byId(List<NetworkFact> facts) {
        return facts.stream().collect(Collectors.toMap(NetworkFact::id, Function.identity()));
    }
}
