package no.kobling.advisory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import no.kobling.advisory.application.ActivityKindService;
import no.kobling.shared.Formats;
import no.kobling.shared.Zones;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The advisory pages: quick visit with its defaults and errors next to the fields, company page, pyramid, kinds. */
@IntegrationTest
class AdvisoryPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ActivityKindService kinds;
    @Autowired
    Clock clock;

    AdvisoryWorld world;

    @BeforeEach
    void setUp() {
        world = new AdvisoryWorld(context);
    }

    long visitKind() {
        return no.kobling.identity.SystemAccess.run(() -> kinds.list(false)).stream()
                .filter(k -> k.code().equals("VISIT")).findFirst().orElseThrow().id();
    }

    @Test
    void aQuickVisitIsLoggedFromThePhoneFormAndShowsUpInTheWorkspace() throws Exception {
        long company = world.company("Sidebesøk AS", "1532", Set.of());
        LocalDate today = no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO);
        mvc.perform(get("/advisory/quick").param("companyId", String.valueOf(company)).with(world.users.as(world.advisorA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sidebesøk AS")))
                .andExpect(content().string(containsString("value=\"" + today + "\"")));
        // without CSRF: refused
        mvc.perform(post("/advisory/quick").with(world.users.as(world.advisorA)).param("companyIds", "" + company))
                .andExpect(status().isForbidden());
        // a date beyond the horizon and negative hours: errors next to the fields
        mvc.perform(post("/advisory/quick").with(world.users.as(world.advisorA)).with(csrf())
                        .param("companyIds", "" + company).param("kindId", "" + visitKind())
                        .param("date", today.plusDays(60).toString()).param("hours", "-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hours-error\"")))
                .andExpect(content().string(containsString("Hours cannot be negative.")));
        mvc.perform(post("/advisory/quick").with(world.users.as(world.advisorA)).with(csrf())
                        .param("companyIds", "" + company).param("kindId", "" + visitKind())
                        .param("date", today.plusDays(60).toString()).param("hours", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString("at most 30 days ahead")));
        mvc.perform(post("/advisory/quick").with(world.users.as(world.advisorA)).with(csrf())
                        .param("orgNumber", "123").param("kindId", "" + visitKind())
                        .param("date", today.toString()).param("hours", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"orgNumber-error\"")));
        mvc.perform(post("/advisory/quick").with(world.users.as(world.advisorA)).with(csrf())
                        .param("companyIds", "" + company).param("kindId", "" + visitKind())
                        .param("date", today.toString()).param("hours", "1").param("followUpDate",
                                today.plusDays(3).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/advisory/activities/*"));
        mvc.perform(get("/advisory").with(world.users.as(world.advisorA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sidebesøk AS")))
                .andExpect(content().string(containsString(
                        new Formats(Locale.ENGLISH, Zones.OSLO).date(today.plusDays(3)))));
        mvc.perform(get("/advisory/companies/{id}", company).with(world.users.as(world.advisorA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Contacted")));
        // the partner organisation does not see the unshared visit
        mvc.perform(get("/advisory/companies/{id}", company).with(world.users.as(world.advisorB)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No activities.")));
        mvc.perform(post("/advisory/companies/{id}/needs", company).with(world.users.as(world.advisorA)).with(csrf())
                        .param("typeCode", "DIGITALISATION").param("priority", "HIGH").param("status", "OPEN"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/advisory/companies/{id}", company).with(world.users.as(world.advisorA)))
                .andExpect(content().string(containsString("Digitalisation")));
    }

    @Test
    void pyramidKindsAndTheFullFormRender() throws Exception {
        mvc.perform(get("/advisory/pyramid").with(world.users.as(world.advisorA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("pyramid-table")));
        mvc.perform(get("/advisory/pyramid").param("partnershipId", "" + world.partnership).param("level", "CONTACTED")
                .with(world.users.as(world.coordinatorA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("rules-form")));
        mvc.perform(get("/advisory/pyramid").param("partnershipId", "" + world.partnership)
                .with(world.users.as(world.advisorC))).andExpect(status().isNotFound());
        mvc.perform(get("/advisory").with(world.users.as(world.funderA)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/advisory/activities/new").with(world.users.as(world.advisorA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("advisorUserIds")));
        mvc.perform(get("/advisory/kinds").with(world.users.as(world.advisorA))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("kind-form"))));
        mvc.perform(get("/advisory/kinds").with(world.users.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("kind-form")));
        mvc.perform(post("/advisory/kinds").with(world.users.as(world.advisorA)).with(csrf()).param("code", "X_Y"))
                .andExpect(status().isForbidden());
        // the coordinator sets the partnership's rules from the pyramid page; a bad threshold is refused with a message
        mvc.perform(post("/advisory/pyramid/rules").with(world.users.as(world.coordinatorA)).with(csrf())
                        .param("partnershipId", "" + world.partnership).param("minActivities", "0")
                        .param("minHours", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("rulesError", "advisory.error.funnel-min-activities"));
        mvc.perform(post("/advisory/pyramid/rules").with(world.users.as(world.coordinatorA)).with(csrf())
                        .param("partnershipId", "" + world.partnership).param("minActivities", "3")
                        .param("minHours", "5").param("deepDiveKinds", "DEEP_DIVE", "INNOVATION_ADVISORY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/advisory/pyramid").param("partnershipId", "" + world.partnership)
                        .with(world.users.as(world.coordinatorA)))
                .andExpect(content().string(containsString("id=\"deepDiveKinds-INNOVATION_ADVISORY\" name=\"deepDiveKinds\" value=\"INNOVATION_ADVISORY\" checked")));
    }
}
