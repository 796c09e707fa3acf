package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Set;
import no.kobling.identity.SystemAccess;
import no.kobling.project.Networks;
import no.kobling.project.Networks.NetworkData;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code networks-started}: networks of the project's partnership with a start date in the period that share a
 * municipality with the project (Ålesund, Giske); computed for everyone who sees the project, the funder included.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworksStartedTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;

    ResultsWorld world;

    @BeforeAll
    void build() throws Exception {
        world = new ResultsWorld(ctx, mvc);
        Networks networks = ctx.getBean(Networks.class);
        long facilitator = world.users.id(world.coordX);
        SystemAccess.run(() -> {
            // counted: started in 2026 in Ålesund (tagged with the project), and in Giske + Herøy (untagged)
            networks.create(new NetworkData(world.partnership, "N-alesund", "p", world.x, facilitator,
                    Set.of(world.alesund), LocalDate.of(2026, 3, 1), null, world.project));
            networks.create(new NetworkData(world.partnership, "N-giske-heroy", "p", world.x, facilitator,
                    Set.of(world.giske, world.heroy), LocalDate.of(2026, 9, 10), null, null));
            // not counted: only in Herøy; started before the period (still running in it)
            networks.create(new NetworkData(world.partnership, "N-heroy", "p", world.x, facilitator,
                    Set.of(world.heroy), LocalDate.of(2026, 4, 1), null, null));
            networks.create(new NetworkData(world.partnership, "N-2025", "p", world.x, facilitator,
                    Set.of(world.alesund), LocalDate.of(2025, 6, 1), null, world.project));
            return null;
        });
        long facilitatorW = world.users.id(world.coordW);
        SystemAccess.run(() -> networks.create(new NetworkData(world.otherPartnership, "N-other", "p", world.w,
                facilitatorW, Set.of(world.alesund), LocalDate.of(2026, 5, 1), null, null)));
    }

    String value(String user, String query) throws Exception {
        String json = world.call(user, get("/api/v1/projects/{id}/results" + query, world.project), "", 200);
        return String.valueOf(ResultsTest.indicator(json, "networks-started").get("value"));
    }

    @Test
    void countsNetworksStartedInThePeriodInTheProjectsMunicipalitiesOnly() throws Exception {
        world.counting(world.coordX, "PARTNERSHIP");
        assertThat(value(world.coordX, "?from=2026-01-01&to=2026-12-31")).isEqualTo("2");
        // the funder (not a partnership member) gets the same count
        assertThat(value(world.funderF, "?from=2026-01-01&to=2026-12-31")).isEqualTo("2");
        assertThat(value(world.coordY, "?from=2026-01-01&to=2026-06-30")).isEqualTo("1");
        assertThat(value(world.coordX, "?from=2025-01-01&to=2025-12-31")).isEqualTo("1");
        // counting tagged records: only the network tagged with the project
        world.counting(world.coordX, "TAGGED");
        assertThat(value(world.funderF, "?from=2026-01-01&to=2026-12-31")).isEqualTo("1");
        world.counting(world.coordX, "PARTNERSHIP");
    }

    @Test
    void theNetworksFacadeAnswers404ForAProjectTheCallerMayNotSee() throws Exception {
        Networks networks = ctx.getBean(Networks.class);
        assertThat(world.users.actingAs(world.funderF, () -> networks.networksOfProject(world.project,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).size()).isEqualTo(3); // N-2025 runs in 2026 too
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> world.users.actingAs(world.strangerW,
                () -> networks.networksOfProject(world.project, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)))).isInstanceOf(no.kobling.shared.NotFoundException.class);
    }
}
