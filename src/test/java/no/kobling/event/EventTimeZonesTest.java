package no.kobling.event;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import no.kobling.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An event's zone (docs/time.md): the organiser's unless one of the three is chosen; its sessions are wall-clock
 * times in that zone and may not run into a daylight-saving change; pages show the viewer's clock beside them.
 */
@IntegrationTest
class EventTimeZonesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    EventFixture f;
    String organiser;

    @BeforeEach
    void setUp() {
        f = new EventFixture(context);
        organiser = f.organiser("Business Oulu");
    }

    ResultActions create(String zoneJson) throws Exception {
        return mvc.perform(post("/api/v1/events").with(f.users.as(organiser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"VIRTUAL\",\"requestExpiryHours\":24,"
                        + zoneJson + "\"texts\":{\"en\":{\"title\":\"Aikavyöhyke\"}}}"));
    }

    long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    ResultActions session(long event, String day, String start, int slots) throws Exception {
        return mvc.perform(post("/api/v1/events/{id}/sessions", event).with(f.users.as(organiser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"day\":\"" + day + "\",\"start\":\"" + start
                        + "\",\"slotMinutes\":20,\"slots\":" + slots + ",\"breakMinutes\":5}"));
    }

    @Test
    void anEventTakesItsOrganisersZoneAndOnlyOneOfTheThree() throws Exception {
        long event = id(create("").andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/events/{id}", event).with(f.users.as(organiser)))
                .andExpect(jsonPath("$.timeZone").value("Europe/Helsinki"));
        create("\"timeZone\":\"America/New_York\",").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event-invalid-time-zone"));
    }

    @Test
    void aSessionMayNotRunIntoTheNightOfAClockChange() throws Exception {
        long event = id(create("\"timeZone\":\"Europe/Oslo\",").andExpect(status().isCreated()));
        // Sunday 29 March 2026 in Oslo: 02:30 does not exist (02:00 CET -> 03:00 CEST)
        session(event, "2026-03-29", "02:30", 2).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event-session-clock-change"));
        // 01:30 to 03:10 runs across the change: 100 minutes on the wall clock would be 40 real minutes
        session(event, "2026-03-29", "01:30", 4).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event-session-clock-change"));
        // Sunday 25 October 2026: 02:30 happens twice (03:00 CEST -> 02:00 CET)
        session(event, "2026-10-25", "02:30", 1).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event-session-clock-change"));
        // the same days in daytime are ordinary days
        session(event, "2026-03-29", "09:00", 4).andExpect(status().isCreated());
        session(event, "2026-10-25", "09:00", 4).andExpect(status().isCreated());
    }

    @Test
    void theEventPageShowsTheViewersClockBesideTheEventsTime() throws Exception {
        long event = id(create("").andExpect(status().isCreated()));
        session(event, "2027-03-28", "09:00", 2).andExpect(status().isCreated());
        // the organiser of the Helsinki event works by Oslo time: 09:00 in Helsinki is 08:00 in Oslo, also on the
        // day the clocks go forward (28 March 2027), and 09:25 is 08:25
        mvc.perform(put("/api/v1/me/time-zone").with(f.users.as(organiser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\":\"Europe/Oslo\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/events/{id}", event).with(f.users.as(organiser)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Times are in Finland (Helsinki).")))
                .andExpect(content().string(Matchers.containsString("(08:00 Norway time)")))
                .andExpect(content().string(Matchers.containsString("(08:45 Norway time)")));
        // in the same zone as the event, no second time
        mvc.perform(put("/api/v1/me/time-zone").with(f.users.as(organiser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"timeZone\":\"Europe/Helsinki\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/events/{id}", event).with(f.users.as(organiser)).param("lang", "en"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Norway time"))));
    }
}
