package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import no.kobling.indicator.funder.application.FundingService;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.identity.TestUsers;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The funder's view (issue 14 point 5) on the results world's year: the funder F sees the project it funds with its
 * results, the pyramid with levels below three companies suppressed, and nothing of a project it does not fund.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;

    ResultsWorld world;
    long unfunded;

    @BeforeAll
    void build() throws Exception {
        world = new ResultsWorld(ctx, mvc);
        world.build(ctx);
        world.counting(world.coordX, "PARTNERSHIP");
        long plain = ctx.getBean(ProjectTypeRepository.class).findByCode("PLAIN").orElseThrow().getId();
        ProjectService projects = ctx.getBean(ProjectService.class);
        // X's second project, without a funder: F does not fund it
        unfunded = world.users.actingAs(world.coordX, () -> projects.create(new ProjectData(
                TestUsers.unique("Unfunded"), plain, world.partnership, null, null, ResultsWorld.FROM,
                ResultsWorld.TO, "Goals", "Description", Set.of(world.alesund), Set.of(), List.of()))).getId();
    }

    MockHttpServletResponse page(String user, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(world.users.as(user))).andReturn().getResponse();
    }

    @Test
    void theFunderSeesTheProjectsItFundsAndTheNavigationLink() throws Exception {
        MockHttpServletResponse list = page(world.funderF, "/funding");
        assertThat(list.getStatus()).isEqualTo(200);
        String html = list.getContentAsString();
        assertThat(html).contains("href=\"/funding/" + world.project + "\"")
                .doesNotContain("href=\"/funding/" + unfunded + "\"")
                .contains("href=\"/funding\""); // the navigation link
        // the owner's coordinator funds nothing: no link, an empty list
        String own = page(world.coordX, "/funding").getContentAsString();
        assertThat(own).doesNotContain("href=\"/funding\"").contains("id=\"funding-empty\"");
    }

    @Test
    void theProjectPageShowsResultsThePyramidSuppressedBelowThreeAndTheBudgetSpot() throws Exception {
        MockHttpServletResponse r = page(world.funderF, "/funding/{id}", world.project);
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString();
        assertThat(html).contains("id=\"funding-results\"").contains("data-code=\"jobs-created\"")
                .contains("id=\"funding-pyramid\"").contains("id=\"funding-reports-heading\"");
        // the year: reached 7, participating 6 (shown), intensive 2 and deep dive 1 (fewer than three: suppressed)
        String pyramid = html.substring(html.indexOf("id=\"funding-pyramid\""));
        assertThat(row(pyramid, "companies-reached")).contains(">7<");
        assertThat(row(pyramid, "companies-participating")).contains(">6<");
        assertThat(row(pyramid, "companies-intensive")).contains("&lt; 3").doesNotContain(">2<");
        assertThat(row(pyramid, "companies-deep-dive")).contains("&lt; 3").doesNotContain(">1<");
        // the results table does not give the suppressed levels away either
        String table = html.substring(html.indexOf("id=\"funding-results\""), html.indexOf("id=\"funding-pyramid\""));
        assertThat(row(table, "companies-intensive")).contains("&lt; 3").doesNotContain(">2 ");
        assertThat(row(table, "companies-participating")).contains(">6 companies<");
    }

    @Test
    void theServiceSuppressesLevelsBelowThree() {
        FundingService funding = ctx.getBean(FundingService.class);
        var project = world.users.actingAs(world.funderF, () -> funding.project(world.project,
                java.util.Locale.ENGLISH));
        assertThat(project.pyramid()).extracting(FundingService.Level::code)
                .containsExactlyElementsOf(FundingService.PYRAMID);
        assertThat(project.pyramid()).extracting(FundingService.Level::suppressed)
                .containsExactly(false, false, true, true);
        assertThat(project.pyramid().get(0).value()).isEqualByComparingTo("7");
        assertThat(project.pyramid().get(2).value()).isNull();
    }

    @Test
    void aProjectTheFunderDoesNotFundAnswers404() throws Exception {
        assertThat(page(world.funderF, "/funding/{id}", unfunded).getStatus()).isEqualTo(404);
        assertThat(page(world.funderF, "/funding/{id}", 987654321L).getStatus()).isEqualTo(404);
        // staff of the owner see the project elsewhere, but do not fund it
        assertThat(page(world.coordX, "/funding/{id}", world.project).getStatus()).isEqualTo(404);
        // a user of another tenant with the funder role
        assertThat(page(world.strangerW, "/funding/{id}", world.project).getStatus()).isEqualTo(404);
    }

    private static String row(String html, String code) {
        int start = html.indexOf("data-code=\"" + code + "\"");
        assertThat(start).as(code).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
