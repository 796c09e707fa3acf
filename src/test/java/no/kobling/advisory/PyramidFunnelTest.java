package no.kobling.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.advisory.application.ActivityKindService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 point 7: the pyramid is drawn as a funnel whose numbers are text (and repeated in the table), its rules are
 * folded away in a details element, and the levels are explained in a help text.
 */
@IntegrationTest
class PyramidFunnelTest {

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

    static long funnelCount(String html, String level) {
        Matcher m = Pattern.compile("<li[^>]*data-level=\"" + level + "\"[^>]*>\\s*<span class=\"funnel-level\">[^<]+</span>"
                + "\\s*<span class=\"funnel-count\">(\\d+)</span>").matcher(html);
        assertThat(m.find()).as("funnel row " + level + " in " + funnelOf(html)).isTrue();
        return Long.parseLong(m.group(1));
    }

    static String funnelOf(String html) {
        int at = html.indexOf("id=\"pyramid-funnel\"");
        return at < 0 ? "(no funnel)" : html.substring(at, Math.min(html.length(), at + 1200));
    }

    static long tableCount(String html, String level) {
        Matcher m = Pattern.compile("<tr data-level=\"" + level + "\">.*?<td class=\"count\">(\\d+)</td>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("table row " + level).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theFunnelShowsTheCountsAsTextWithTheRulesFolded() throws Exception {
        long visit = no.kobling.identity.SystemAccess.run(() -> kinds.list(false)).stream()
                .filter(k -> k.code().equals("VISIT")).findFirst().orElseThrow().id();
        LocalDate today = no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO);
        long once = world.company("Trakt En AS", "1532", Set.of());
        long twice = world.company("Trakt To AS", "1532", Set.of());
        // one visit to the first company, two to the second: 2 contacted, 1 participating (at least two activities)
        for (long company : new long[] {once, twice, twice}) {
            mvc.perform(post("/advisory/quick").with(world.users.as(world.advisorA)).with(csrf())
                            .param("companyIds", "" + company).param("kindId", "" + visit)
                            .param("date", today.toString()).param("hours", "1"))
                    .andExpect(status().is3xxRedirection());
        }
        String html = mvc.perform(get("/advisory/pyramid").param("partnershipId", "" + world.partnership)
                        .with(world.users.as(world.advisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"pyramid-funnel\"").doesNotContain("<canvas");
        assertThat(funnelCount(html, "CONTACTED")).isEqualTo(2).isEqualTo(tableCount(html, "CONTACTED"));
        assertThat(funnelCount(html, "PARTICIPATING")).isEqualTo(1).isEqualTo(tableCount(html, "PARTICIPATING"));
        assertThat(funnelCount(html, "INTENSIVE")).isZero();
        assertThat(funnelCount(html, "DEEP_DIVE")).isZero();
        // the widest bar is the top of the funnel; the rules are folded and the levels explained
        assertThat(html).containsPattern("<li[^>]*data-level=\"CONTACTED\"[^>]*style=\"width: 100%\"|<li[^>]*style=\"width: 100%\"[^>]*data-level=\"CONTACTED\"");
        assertThat(html).containsPattern("<details id=\"pyramid-rules\" class=\"rules\">\\s*<summary><h2 id=\"rules-heading\"");
        assertThat(html).contains("<details class=\"help\" id=\"pyramid-help\">");
    }
}
