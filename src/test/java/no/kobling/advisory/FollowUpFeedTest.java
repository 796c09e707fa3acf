package no.kobling.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.advisory.domain.FollowUpCalendar;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The advisor's follow-up iCal feed (issue 16 point 11, ws16 point 8): each entry carries a DESCRIPTION (what was
 * done when, the notes, the advisor's contact), the ORGANIZER (the advisor who logged it, with a mailto address) and
 * the LOCATION (the municipality), all escaped per RFC 5545.
 */
@IntegrationTest
class FollowUpFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    @Test
    void theFeedCarriesDescriptionOrganiserAndLocationEscaped() throws Exception {
        AdvisoryWorld world = new AdvisoryWorld(context);
        LocalDate today = no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO);
        long company = world.company("Feed; Giske, AS", "1532", Set.of());
        String body = mvc.perform(post("/api/v1/advisory/activities").with(world.users.as(world.advisorA))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kindCode\":\"VISIT\",\"date\":\"" + today
                        + "\",\"followUpDate\":\"" + today.plusDays(3) + "\",\"notes\":\"Price list; send\\nby mail, then call\","
                        + "\"companyIds\":[" + company + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String url = JsonPath.read(mvc.perform(post("/api/v1/advisory/calendar-feed")
                .with(world.users.as(world.advisorA))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.url");
        String ics = mvc.perform(get(url.substring(url.indexOf("/public/")) + "?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String event = unfold(ics.substring(ics.indexOf("UID:follow-up-" + id + "@")));
        event = event.substring(0, event.indexOf("END:VEVENT"));
        assertThat(event).contains("SUMMARY:Follow up: Feed\\; Giske\\, AS")
                .containsPattern("DESCRIPTION:[^\\r\\n]+ on [A-Z][a-z]+ \\d{1,2}\\\\, 20\\d\\d\\\\n")
                .contains("Price list\\; send\\nby mail\\, then call")
                .contains("\\nAdvisor: Test " + world.advisorA + "\\, " + world.advisorA + "@example.org")
                .contains("LOCATION:Giske")
                .contains("ORGANIZER;CN=\"Test " + world.advisorA + "\":mailto:" + world.advisorA + "@example.org");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void textIsEscapedAndParametersQuotedControlCharactersDropped() {
        String ics = FollowUpCalendar.write("Cal", List.of(new FollowUpCalendar.Entry("u@k", LocalDate.of(2026, 12, 7),
                "a\\b", "line1\r\nline2\u0007;", "Tromsø, \"Troms\"", "Kari \"K\" Nord\u0001", "kari@example.no"),
                new FollowUpCalendar.Entry("v@k", LocalDate.of(2026, 12, 8), "s", "d", null, "Ola",
                        "not an address\r\nX-INJECTED:1")), Instant.EPOCH);
        assertThat(ics).contains("SUMMARY:a\\\\b").contains("DESCRIPTION:line1\\nline2\\;")
                .contains("LOCATION:Tromsø\\, \"Troms\"")
                .contains("ORGANIZER;CN=\"Kari K Nord\":mailto:kari@example.no")
                .doesNotContain("X-INJECTED").doesNotContain("\u0007");
        // an entry without a usable address has no ORGANIZER line and no LOCATION
        String second = ics.substring(ics.indexOf("UID:v@k"));
        assertThat(second).doesNotContain("ORGANIZER").doesNotContain("LOCATION");
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }
}
