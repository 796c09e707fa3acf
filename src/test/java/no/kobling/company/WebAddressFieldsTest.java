package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.application.CompanyService;
import no.kobling.company.domain.CompanyFacts;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.event.application.EventService;
import no.kobling.event.domain.Event;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.shared.DomainException;
import no.kobling.shared.WebAddresses;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11 finding 10: a web address a user enters (company and organisation website, an event table's room link)
 * is http or https, refused at the edge (400) and in the domain (422 invalid-web-address).
 */
@IntegrationTest
class WebAddressFieldsTest {

    static final List<String> HOSTILE = List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)",
            " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "ftp://example.org/x", "//evil.example/x", "https://", "https://exa mple.org");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CompanyService companyService;
    @Autowired
    Actors actors;
    @Autowired
    EventService events;

    RegisterWorld world;

    @BeforeEach
    void setUp() {
        world = new RegisterWorld(context);
    }

    @Test
    void theRuleAcceptsOnlyHttpAndHttps() {
        for (String bad : HOSTILE) {
            assertThat(WebAddresses.isWebAddress(bad)).as(bad).isFalse();
            assertThat(bad.matches(WebAddresses.PATTERN)).as(bad).isFalse();
        }
        assertThat(WebAddresses.withScheme("www.bemo.no")).isEqualTo("https://www.bemo.no");
        assertThat(WebAddresses.withScheme("pohjoinen-testi.fi/yhteystiedot")).isEqualTo(
                "https://pohjoinen-testi.fi/yhteystiedot");
        for (String bad : HOSTILE) {
            assertThat(WebAddresses.isWebAddress(WebAddresses.withScheme(bad))).as(bad).isFalse();
        }
        for (String good : List.of("https://example.org", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/x")) {
            assertThat(WebAddresses.isWebAddress(good)).as(good).isTrue();
            assertThat(good.matches(WebAddresses.PATTERN)).as(good).isTrue();
        }
    }

    @Test
    void companyWebsiteIsRefusedAtTheEdgeAndInTheDomain() throws Exception {
        for (String bad : HOSTILE) {
            mvc.perform(post("/api/v1/companies").with(world.users.as(world.advisorA))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"country\":\"NO\",\"orgNumber\":\""
                            + CompanyTestData.norwegianNumber() + "\",\"name\":\"Url AS\",\"website\":\""
                            + bad.replace("\"", "\\\"") + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("website"));
            CompanyFacts facts = new CompanyFacts(null, null, null, null, null, null, null, null, null, bad, null,
                    null, null, null, CompanyStatus.ACTIVE, null, null, List.of());
            assertThatThrownBy(() -> SystemAccess.run(() -> companyService.create(new CompanyCommand("NO",
                    CompanyTestData.norwegianNumber(), "Url AS", facts, null, null, Set.of()))))
                    .as(bad).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid-web-address");
        }
        // the page form says it next to the field
        mvc.perform(post("/companies").with(world.users.as(world.advisorA))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("country", "NO").param("orgNumber", CompanyTestData.norwegianNumber())
                        .param("name", "Url AS").param("website", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"website-error\"")));
    }

    @Test
    void organisationWebsiteIsRefusedInTheDomainToo() {
        for (String bad : HOSTILE) {
            assertThatThrownBy(() -> SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(
                    TestUsers.unique("Url org"), OrganisationKind.OTHER, "NO", null, null, bad, null, null, null))))
                    .as(bad).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid-web-address");
        }
    }

    @Test
    void eventRoomLinkIsRefusedAtTheEdgeAndInTheDomain() throws Exception {
        String organiser = world.coordinatorA;
        long eventId = world.users.actingAs(organiser, () -> events.create(new EventService.EventCommand(null, null,
                Event.Mode.PLACE, "Tromsø", 48, null, "Europe/Oslo", Set.of(),
                Map.of("en", new Event.Text(TestUsers.unique("Url event"), "Test"))))).getId();
        for (String bad : HOSTILE) {
            mvc.perform(post("/api/v1/events/{id}/tables", eventId).with(world.users.as(organiser))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"prefix\":\"Room\",\"count\":1,\"roomUrl\":\""
                            + bad.replace("\"", "\\\"") + "\"}"))
                    .andExpect(status().isBadRequest());
            assertThatThrownBy(() -> world.users.actingAs(organiser, () -> {
                events.addTables(eventId, "Room", 1, bad);
                return null;
            })).as(bad).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid-web-address");
        }
        assertThat(world.users.actingAs(organiser, () -> events.tables(eventId))).isEmpty();
        world.users.actingAs(organiser, () -> {
            events.addTables(eventId, "Room", 1, "https://meet.example/room-1");
            return null;
        });
        assertThat(world.users.actingAs(organiser, () -> events.tables(eventId))).hasSize(1);
    }
}
