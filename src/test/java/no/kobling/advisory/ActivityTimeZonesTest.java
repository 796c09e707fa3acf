package no.kobling.advisory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Advisory days across zones (docs/time.md): an activity's horizon counts from today in its organisation's zone,
 * and an advisor's follow-ups are due and overdue by the advisor's own clock. At 22:30 UTC on 7 December 2026 it is
 * 23:30 on the 7th in Oslo and 00:30 on the 8th in Helsinki.
 */
@IntegrationTest
class ActivityTimeZonesTest {

    static final Instant OSLO_2330 = Instant.parse("2026-12-07T22:30:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Actors actors;
    @Autowired
    MutableClock clock;

    AdvisoryWorld world;
    String finnish;
    long company;

    @BeforeEach
    void setUp() {
        world = new AdvisoryWorld(context);
        long orgFi = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(
                "Adv FI " + System.nanoTime(), OrganisationKind.BUSINESS_GARDEN, "FI", null, null, null, null, null,
                null)));
        finnish = world.user("adv-fi", orgFi, "ADVISOR");
        company = world.company("Aikavyöhyke Oy", "1508", Set.of());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    ResultActions log(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/advisory/activities").with(world.users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String visit(LocalDate date, LocalDate followUp) {
        return "{\"kindCode\":\"VISIT\",\"companyIds\":[" + company + "],\"date\":\"" + date + "\""
                + (followUp == null ? "" : ",\"followUpDate\":\"" + followUp + "\"") + "}";
    }

    @Test
    void theHorizonCountsFromTodayInTheOrganisationsZone() throws Exception {
        clock.set(OSLO_2330);
        // Helsinki: today is the 8th, so 30 days ahead is 7 January
        log(finnish, visit(LocalDate.of(2027, 1, 7), null)).andExpect(status().isCreated());
        log(finnish, visit(LocalDate.of(2027, 1, 8), null)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("advisory-date-beyond-horizon"));
        // Oslo: today is still the 7th, so 30 days ahead is 6 January
        log(world.advisorA, visit(LocalDate.of(2027, 1, 6), null)).andExpect(status().isCreated());
        log(world.advisorA, visit(LocalDate.of(2027, 1, 7), null)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("advisory-date-beyond-horizon"));
    }

    @Test
    void aFollowUpDueOnThe7thIsOverdueForTheHelsinkiAdvisorAndDueTodayInOslo() throws Exception {
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        LocalDate due = LocalDate.of(2026, 12, 7);
        long fi = id(log(finnish, visit(LocalDate.of(2026, 12, 1), due)).andExpect(status().isCreated()));
        long no = id(log(world.advisorA, visit(LocalDate.of(2026, 12, 1), due)).andExpect(status().isCreated()));

        clock.set(OSLO_2330);
        mvc.perform(get("/api/v1/advisory/follow-ups").with(world.users.as(finnish))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.activityId == " + fi + ")].overdue", Matchers.contains(true)));
        mvc.perform(get("/api/v1/advisory/follow-ups").with(world.users.as(world.advisorA)))
                .andExpect(jsonPath("$[?(@.activityId == " + no + ")].overdue", Matchers.contains(false)));
    }

    static long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
