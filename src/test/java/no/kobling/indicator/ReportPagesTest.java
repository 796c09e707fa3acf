package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The forms of the report pages (plain HTML posts with CSRF): each lifecycle step and refused ones. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;

    ResultsWorld world;

    @BeforeAll
    void build() throws Exception {
        world = new ResultsWorld(ctx, mvc);
        world.build(ctx);
    }

    String page() {
        return "/projects/" + world.project + "/reports";
    }

    MockHttpServletResponse form(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(world.users.as(user)).with(csrf())).andReturn().getResponse();
    }

    MvcResult result(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(world.users.as(user)).with(csrf())).andReturn();
    }

    String html(String user, String path) throws Exception {
        MockHttpServletResponse r = form(user, get(path));
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    String status(String user, long id) throws Exception {
        String json = world.call(user, get("/api/v1/projects/{p}/reports/{r}", world.project, id), "", 200);
        return JsonPath.read(json, "$.status");
    }

    long created(String from, String to, String deadline) throws Exception {
        MockHttpServletResponse r = form(world.coordX, post(page()).param("from", from).param("to", to)
                .param("deadline", deadline).param("narrative", "Goal 1: on track"));
        assertThat(r.getStatus()).isEqualTo(302);
        String location = r.getRedirectedUrl();
        assertThat(location).startsWith(page() + "/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void staffCreateEditSubmitAndTheFunderAcknowledges() throws Exception {
        String list = html(world.coordX, page());
        assertThat(list).contains("id=\"report-form\"").contains("for=\"report-from\"").contains("name=\"_csrf\"");
        long id = created("2026-01-01", "2026-12-31", "2099-01-31");
        String draft = html(world.coordX, page() + "/" + id);
        assertThat(draft).contains("id=\"narrative-form\"").contains("id=\"submit-form\"")
                .doesNotContain("id=\"lateReason\"").doesNotContain("id=\"acknowledge-form\"");

        assertThat(form(world.coordX, post(page() + "/" + id + "/narrative").param("narrative", "Goal 1: done")
                .param("version", "0")).getStatus()).isEqualTo(302);
        assertThat(html(world.coordX, page() + "/" + id)).contains("Goal 1: done");

        assertThat(form(world.coordX, post(page() + "/" + id + "/submit")).getStatus()).isEqualTo(302);
        assertThat(status(world.coordX, id)).isEqualTo("SUBMITTED");

        // the funder sees the decision forms, the owner's staff do not
        assertThat(html(world.coordX, page() + "/" + id)).doesNotContain("id=\"acknowledge-form\"")
                .contains("id=\"version-form\"");
        String funderPage = html(world.funderF, page() + "/" + id);
        assertThat(funderPage).contains("id=\"acknowledge-form\"").contains("id=\"return-form\"")
                .contains("for=\"return-comment\"").doesNotContain("id=\"version-form\"");
        assertThat(form(world.funderF, post(page() + "/" + id + "/acknowledge").param("comment", "Thanks"))
                .getStatus()).isEqualTo(302);
        assertThat(status(world.coordX, id)).isEqualTo("ACKNOWLEDGED");

        // the funder's project page lists the report with its downloads
        String funding = html(world.funderF, "/funding/" + world.project);
        assertThat(funding).contains("id=\"funding-reports\"")
                .contains("href=\"" + page() + "/" + id + "\"")
                .contains("href=\"" + page() + "/" + id + ".pdf\"")
                .contains("href=\"" + page() + "/" + id + ".xlsx\"");
        // the links work with the page session (the API takes bearer tokens only)
        for (String ext : java.util.List.of(".xlsx", ".pdf", ".csv")) {
            MockHttpServletResponse file = mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page() + "/" + id + ext)
                            .with(world.users.as(world.funderF))).andReturn().getResponse();
            assertThat(file.getStatus()).as(ext).isEqualTo(200);
            assertThat(file.getHeader("Content-Disposition")).as(ext).contains("attachment").endsWith(ext + "\"");
            assertThat(file.getContentAsByteArray()).as(ext).isNotEmpty();
        }
    }

    @Test
    void aReturnWithoutCommentIsRefusedInThePageThenReturnedAndANewVersionMade() throws Exception {
        long id = created("2025-01-01", "2025-06-30", "2099-01-31");
        form(world.coordX, post(page() + "/" + id + "/submit"));
        MockHttpServletResponse refused = form(world.funderF, post(page() + "/" + id + "/return").param("comment", " "));
        assertThat(refused.getRedirectedUrl()).isEqualTo(page() + "/" + id);
        assertThat(refused.getStatus()).isEqualTo(302);
        // the message is shown on the page the browser comes back to
        MockHttpServletResponse shown = mvc.perform(get(page() + "/" + id).with(world.users.as(world.funderF))
                .flashAttr("reportError", "report.error.comment-required").flashAttr("reportErrorArgs", new Object[0]))
                .andReturn().getResponse();
        assertThat(shown.getContentAsString()).contains("role=\"alert\"").contains("Say why the report is returned.");
        assertThat(status(world.coordX, id)).isEqualTo("SUBMITTED");

        assertThat(form(world.funderF, post(page() + "/" + id + "/return").param("comment", "Add the Q2 numbers"))
                .getStatus()).isEqualTo(302);
        assertThat(status(world.coordX, id)).isEqualTo("RETURNED");
        MockHttpServletResponse next = form(world.coordX, post(page() + "/" + id + "/versions"));
        assertThat(next.getStatus()).isEqualTo(302);
        assertThat(next.getRedirectedUrl()).isNotEqualTo(page() + "/" + id);
        String copy = html(world.coordX, next.getRedirectedUrl());
        assertThat(copy).contains("id=\"narrative-form\"");
    }

    @Test
    void lateSubmissionNeedsAReasonAndABadPeriodIsRefused() throws Exception {
        long id = created("2024-01-01", "2024-12-31", "2025-01-31");
        assertThat(html(world.coordX, page() + "/" + id)).contains("for=\"lateReason\"");
        MvcResult refused = result(world.coordX, post(page() + "/" + id + "/submit"));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(page() + "/" + id);
        assertThat(refused.getFlashMap().get("reportError")).isEqualTo("report.error.late-reason-required");
        assertThat(status(world.coordX, id)).isEqualTo("DRAFT");
        assertThat(form(world.coordX, post(page() + "/" + id + "/submit").param("lateReason", "Staff ill"))
                .getStatus()).isEqualTo(302);
        assertThat(status(world.coordX, id)).isEqualTo("SUBMITTED");

        MvcResult bad = result(world.coordX, post(page()).param("from", "2026-12-31")
                .param("to", "2026-01-01").param("deadline", "2027-01-31"));
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo(page());
        assertThat(bad.getFlashMap().get("reportError")).isEqualTo("report.error.period-invalid");
    }

    @Test
    void theFunderMayNotCreateAndStaffMayNotAcknowledgeAndOthersSeeNothing() throws Exception {
        assertThat(html(world.funderF, page())).doesNotContain("id=\"report-form\"");
        assertThat(form(world.funderF, post(page()).param("from", "2026-01-01").param("to", "2026-03-31")
                .param("deadline", "2099-01-31")).getStatus()).isEqualTo(403);
        long id = created("2023-01-01", "2023-03-31", "2099-01-31");
        form(world.coordX, post(page() + "/" + id + "/submit"));
        MvcResult refused = result(world.coordY, post(page() + "/" + id + "/acknowledge"));
        assertThat(refused.getFlashMap().get("reportError")).isEqualTo("report.error.funder-only");
        assertThat(status(world.coordX, id)).isEqualTo("SUBMITTED");
        // another partnership's coordinator gets 404
        assertThat(form(world.coordW, post(page() + "/" + id + "/acknowledge")).getStatus()).isEqualTo(404);
        // without CSRF the form is refused
        assertThat(mvc.perform(post(page() + "/" + id + "/versions").with(world.users.as(world.coordX)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
