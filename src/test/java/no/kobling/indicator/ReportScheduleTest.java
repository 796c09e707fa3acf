package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reporting schedule (issue 14 point 4, docs/reports.md): periods generated and set by hand, the rules they keep
 * (no overlap, a deadline on or after the end, only periods without a report change), a report per period, the
 * statuses in the partnership's day, the old free create, the pages and tenancy. No records are needed: the world's
 * organisations and users only (its year is not built).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportScheduleTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;

    ResultsWorld world;
    long project;

    @BeforeAll
    void world() throws Exception {
        world = new ResultsWorld(ctx, mvc);
    }

    @BeforeEach
    void newProject() {
        project = ReportsTest.sameScope(ctx, world, "Goals");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String periods() {
        return "/api/v1/projects/" + project + "/report-periods";
    }

    static String code(String problem) {
        return JsonPath.read(problem, "$.code");
    }

    static String body(String from, String to, String deadline) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"deadline\":\"" + deadline + "\"}";
    }

    long add(String from, String to, String deadline) throws Exception {
        return ((Number) JsonPath.read(world.call(world.coordX, post(periods()), body(from, to, deadline), 201),
                "$.id")).longValue();
    }

    /** Today in Oslo (the partnership's zone) is {@code day}, at noon. */
    void today(LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }

    @Test
    void generatedHalfYearsAndYearsFollowTheProjectsDatesAndSkipExistingPeriods() throws Exception {
        // the project runs 2026-01-01..2026-12-31: two half-years with deadlines 30 days after their ends
        String half = world.call(world.coordX, post(periods() + "/generate"),
                "{\"every\":\"HALF_YEAR\",\"deadlineDays\":30}", 201);
        assertThat((List<String>) JsonPath.read(half, "$[*].from")).containsExactly("2026-01-01", "2026-07-01");
        assertThat((List<String>) JsonPath.read(half, "$[*].to")).containsExactly("2026-06-30", "2026-12-31");
        assertThat((List<String>) JsonPath.read(half, "$[*].deadline")).containsExactly("2026-07-30", "2027-01-30");
        // generating yearly periods now adds nothing: the year overlaps both half-years
        String again = world.call(world.coordX, post(periods() + "/generate"),
                "{\"every\":\"YEAR\",\"deadlineDays\":10}", 201);
        assertThat((List<?>) JsonPath.read(again, "$")).hasSize(2);

        // a project over two years and a half, starting mid-year: yearly periods cut to its dates
        long longer = world.users.actingAs(world.coordX, () -> ctx.getBean(
                no.kobling.project.plan.application.ProjectService.class).create(
                        new no.kobling.project.plan.application.ProjectData(
                                no.kobling.identity.TestUsers.unique("Longer"), ctx.getBean(
                                        no.kobling.project.plan.persistence.ProjectTypeRepository.class)
                                        .findByCode("PLAIN").orElseThrow().getId(), world.partnership, null, world.f,
                                LocalDate.of(2025, 9, 15), LocalDate.of(2027, 3, 31), "Goal", null,
                                java.util.Set.of(world.alesund), java.util.Set.of(), List.of()))).getId();
        String years = world.call(world.coordX, post("/api/v1/projects/{id}/report-periods/generate", longer),
                "{\"every\":\"YEAR\",\"deadlineDays\":0}", 201);
        assertThat((List<String>) JsonPath.read(years, "$[*].from"))
                .containsExactly("2025-09-15", "2026-01-01", "2027-01-01");
        assertThat((List<String>) JsonPath.read(years, "$[*].to"))
                .containsExactly("2025-12-31", "2026-12-31", "2027-03-31");
        assertThat((List<String>) JsonPath.read(years, "$[*].deadline"))
                .containsExactly("2025-12-31", "2026-12-31", "2027-03-31");

        // bad input: days out of range, a project without an end date
        assertThat(code(world.call(world.coordX, post(periods() + "/generate"),
                "{\"every\":\"YEAR\",\"deadlineDays\":-1}", 422))).isEqualTo("report-deadline-days-invalid");
        assertThat(code(world.call(world.coordX, post(periods() + "/generate"),
                "{\"every\":\"YEAR\",\"deadlineDays\":400}", 422))).isEqualTo("report-deadline-days-invalid");
        world.call(world.coordX, post(periods() + "/generate"), "{\"every\":\"MONTH\",\"deadlineDays\":4}", 400);
        long open = world.users.actingAs(world.coordX, () -> ctx.getBean(
                no.kobling.project.plan.application.ProjectService.class).create(
                        new no.kobling.project.plan.application.ProjectData(
                                no.kobling.identity.TestUsers.unique("Open"), ctx.getBean(
                                        no.kobling.project.plan.persistence.ProjectTypeRepository.class)
                                        .findByCode("PLAIN").orElseThrow().getId(), world.partnership, null, world.f,
                                LocalDate.of(2026, 1, 1), null, null, null, java.util.Set.of(), java.util.Set.of(),
                                List.of()))).getId();
        assertThat(code(world.call(world.coordX, post("/api/v1/projects/{id}/report-periods/generate", open),
                "{\"every\":\"YEAR\",\"deadlineDays\":30}", 422))).isEqualTo("report-period-project-dates");
    }

    @Test
    void periodsMayNotOverlapNorEndBeforeTheyStartNorHaveADeadlineBeforeTheirEnd() throws Exception {
        long q1 = add("2026-01-01", "2026-03-31", "2026-04-30");
        // overlapping: by a day at either end, inside, around
        for (String[] p : List.of(new String[] {"2025-12-01", "2026-01-01"}, new String[] {"2026-03-31", "2026-06-30"},
                new String[] {"2026-02-01", "2026-02-28"}, new String[] {"2025-01-01", "2026-12-31"})) {
            assertThat(code(world.call(world.coordX, post(periods()), body(p[0], p[1], "2027-01-31"), 422)))
                    .as(p[0] + ".." + p[1]).isEqualTo("report-period-overlap");
        }
        assertThat(code(world.call(world.coordX, post(periods()), body("2026-06-30", "2026-04-01", "2026-07-31"),
                422))).isEqualTo("report-period-invalid");
        assertThat(code(world.call(world.coordX, post(periods()), body("2026-04-01", "2026-06-30", "2026-06-29"),
                422))).isEqualTo("report-deadline-before-end");
        world.call(world.coordX, post(periods()), "{\"from\":\"2026-04-01\",\"to\":\"2026-06-30\"}", 400);
        // the day after is fine, and the deadline may be the last day
        long q2 = add("2026-04-01", "2026-06-30", "2026-06-30");

        // a change keeps the rules too (the period itself does not count as overlapping)
        String changed = world.call(world.coordX, put(periods() + "/" + q1),
                "{\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"deadline\":\"2026-05-15\",\"version\":0}", 200);
        assertThat((String) JsonPath.read(changed, "$.deadline")).isEqualTo("2026-05-15");
        assertThat(code(world.call(world.coordX, put(periods() + "/" + q1), body("2026-01-01", "2026-04-01",
                "2026-05-15"), 422))).isEqualTo("report-period-overlap");
        assertThat(code(world.call(world.coordX, put(periods() + "/" + q1), body("2026-01-01", "2026-03-31",
                "2026-03-30"), 422))).isEqualTo("report-deadline-before-end");
        // a stale version is refused
        world.call(world.coordX, put(periods() + "/" + q1),
                "{\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"deadline\":\"2026-05-20\",\"version\":0}", 409);
        // a period without a report is deleted
        world.call(world.coordX, delete(periods() + "/" + q2), "", 204);
        assertThat((List<Integer>) JsonPath.read(world.call(world.coordX, get(periods()), "", 200), "$[*].id"))
                .containsExactly((int) q1);
    }

    @Test
    void aReportIsMadeForAPeriodOnceAndItsPeriodNoLongerChanges() throws Exception {
        long h1 = add("2026-01-01", "2026-06-30", "2099-07-31");
        String report = world.call(world.coordX, post(periods() + "/" + h1 + "/report"), "{\"narrative\":\"Half\"}",
                201);
        assertThat(((Number) JsonPath.read(report, "$.periodId")).longValue()).isEqualTo(h1);
        assertThat((String) JsonPath.read(report, "$.deadline")).isEqualTo("2099-07-31");
        assertThat((String) JsonPath.read(report, "$.narrative")).isEqualTo("Half");
        assertThat(code(world.call(world.coordX, post(periods() + "/" + h1 + "/report"), "{}", 409)))
                .isEqualTo("report-period-has-report");
        assertThat(code(world.call(world.coordX, put(periods() + "/" + h1), body("2026-01-01", "2026-06-30",
                "2099-08-31"), 409))).isEqualTo("report-period-has-report");
        assertThat(code(world.call(world.coordX, delete(periods() + "/" + h1), "", 409)))
                .isEqualTo("report-period-has-report");

        // the free create: the same dates find the period (its deadline governs) and are refused while it has a
        // report; other dates add a period (and keep the period rules)
        String reports = "/api/v1/projects/" + project + "/reports";
        assertThat(code(world.call(world.coordX, post(reports), body("2026-01-01", "2026-06-30", "2099-12-31"),
                409))).isEqualTo("report-period-has-report");
        long h2 = add("2026-07-01", "2026-12-31", "2099-01-31");
        String free = world.call(world.coordX, post(reports), body("2026-07-01", "2026-12-31", "2099-12-31"), 201);
        assertThat(((Number) JsonPath.read(free, "$.periodId")).longValue()).isEqualTo(h2);
        assertThat((String) JsonPath.read(free, "$.deadline")).isEqualTo("2099-01-31");
        String added = world.call(world.coordX, post(reports), body("2027-01-01", "2027-03-31", "2027-04-30"), 201);
        long p3 = ((Number) JsonPath.read(added, "$.periodId")).longValue();
        assertThat((List<Integer>) JsonPath.read(world.call(world.coordX, get(periods()), "", 200), "$[*].id"))
                .containsExactly((int) h1, (int) h2, (int) p3);
        assertThat(code(world.call(world.coordX, post(reports), body("2027-02-01", "2027-05-31", "2027-06-30"),
                422))).isEqualTo("report-period-overlap");
        assertThat(code(world.call(world.coordX, post(reports), body("2027-06-01", "2027-06-30", "2027-05-31"),
                422))).isEqualTo("report-deadline-before-end");
    }

    @Test
    void theScheduleShowsEachPeriodsStatusInThePartnershipsDay() throws Exception {
        long notStarted = add("2026-01-01", "2026-03-31", "2026-04-30");
        long draft = add("2026-04-01", "2026-06-30", "2026-07-31");
        long submitted = add("2026-07-01", "2026-09-30", "2026-10-31");
        long returned = add("2026-10-01", "2026-12-31", "2027-01-31");
        long acknowledged = add("2027-01-01", "2027-03-31", "2027-04-30");
        long overdue = add("2025-10-01", "2025-12-31", "2026-01-31");
        today(LocalDate.of(2026, 4, 30)); // the first deadline is today: not yet overdue
        long draftReport = report(draft);
        long submittedReport = report(submitted);
        long returnedReport = report(returned);
        long acknowledgedReport = report(acknowledged);
        long overdueDraft = report(overdue);
        for (long r : List.of(submittedReport, returnedReport, acknowledgedReport)) {
            world.call(world.coordX, post("/api/v1/projects/{p}/reports/{r}/submit", project, r), "{}", 200);
        }
        world.call(world.funderF, post("/api/v1/projects/{p}/reports/{r}/return", project, returnedReport),
                "{\"comment\":\"More\"}", 200);
        world.call(world.funderF, post("/api/v1/projects/{p}/reports/{r}/acknowledge", project, acknowledgedReport),
                "{}", 200);
        Map<Integer, String> status = statuses(world.funderF);
        assertThat(status).containsEntry((int) notStarted, "NOT_STARTED").containsEntry((int) draft, "DRAFT")
                .containsEntry((int) submitted, "SUBMITTED").containsEntry((int) returned, "RETURNED")
                .containsEntry((int) acknowledged, "ACKNOWLEDGED").containsEntry((int) overdue, "OVERDUE");
        assertThat(overdueDraft).isPositive();
        // 00:30 in Oslo on 1 May is still 30 April in UTC: the partnership's day says the deadline has passed
        clock.set(LocalDate.of(2026, 5, 1).atTime(0, 30).atZone(ZoneId.of("Europe/Oslo")).toInstant());
        assertThat(statuses(world.coordX)).containsEntry((int) notStarted, "OVERDUE")
                .containsEntry((int) draft, "DRAFT");
        today(LocalDate.of(2026, 8, 1));
        assertThat(statuses(world.coordY)).containsEntry((int) draft, "OVERDUE")
                .containsEntry((int) submitted, "SUBMITTED");
        String list = world.call(world.coordX, get(periods()), "", 200);
        List<Number> reportIds = JsonPath.read(list, "$[?(@.id == " + draft + ")].reportId");
        assertThat(reportIds.get(0).longValue()).isEqualTo(draftReport);

        // the pages: staff see the schedule with the forms, the funder sees it on its page
        String page = html(world.coordX, "/projects/" + project + "/reports");
        assertThat(page).contains("id=\"schedule\"").contains("id=\"generate-form\"").contains("id=\"period-form\"")
                .contains("data-period=\"" + notStarted + "\"").contains("Overdue")
                .contains("/projects/" + project + "/report-periods/" + notStarted + "/report");
        String funder = html(world.funderF, "/funding/" + project);
        assertThat(funder).contains("id=\"funding-schedule\"").contains("data-status=\"ACKNOWLEDGED\"")
                .contains("href=\"/projects/" + project + "/reports/" + acknowledgedReport + "\"");
        assertThat(html(world.funderF, "/projects/" + project + "/reports")).doesNotContain("id=\"period-form\"");
    }

    long report(long period) throws Exception {
        return ((Number) JsonPath.read(world.call(world.coordX, post(periods() + "/" + period + "/report"), "{}",
                201), "$.id")).longValue();
    }

    Map<Integer, String> statuses(String user) throws Exception {
        String json = world.call(user, get(periods()), "", 200);
        List<Integer> ids = JsonPath.read(json, "$[*].id");
        List<String> statuses = JsonPath.read(json, "$[*].status");
        Map<Integer, String> out = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), statuses.get(i));
        }
        return out;
    }

    String html(String user, String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(world.users.as(user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    MockHttpServletResponse form(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
            request) throws Exception {
        return mvc.perform(request.with(world.users.as(user)).with(csrf())).andReturn().getResponse();
    }

    @Test
    void theFormsGenerateAddChangeDeleteAndStartAReport() throws Exception {
        String base = "/projects/" + project;
        assertThat(form(world.coordX, post(base + "/report-periods/generate").param("every", "HALF_YEAR")
                .param("deadlineDays", "45")).getRedirectedUrl()).isEqualTo(base + "/reports");
        List<Integer> ids = JsonPath.read(world.call(world.coordX, get(periods()), "", 200), "$[*].id");
        assertThat(ids).hasSize(2);
        var refused = mvc.perform(post(base + "/report-periods").param("from", "2026-03-01").param("to", "2026-03-31")
                .param("deadline", "2026-04-30").with(world.users.as(world.coordX)).with(csrf())).andReturn();
        assertThat(refused.getFlashMap().get("reportError")).isEqualTo("report.error.period-overlap");
        assertThat(form(world.coordX, post(base + "/report-periods/" + ids.get(1)).param("from", "2026-07-01")
                .param("to", "2026-12-31").param("deadline", "2027-03-01").param("version", "0")).getStatus())
                .isEqualTo(302);
        assertThat((String) JsonPath.read(world.call(world.coordX, get(periods()), "", 200), "$[1].deadline"))
                .isEqualTo("2027-03-01");
        assertThat(form(world.coordX, post(base + "/report-periods/" + ids.get(1) + "/delete")).getStatus())
                .isEqualTo(302);
        MockHttpServletResponse started = form(world.coordX, post(base + "/report-periods/" + ids.get(0) + "/report"));
        assertThat(started.getRedirectedUrl()).startsWith(base + "/reports/");
        assertThat(html(world.coordX, started.getRedirectedUrl())).contains("id=\"narrative-form\"");
        // the funder may not change the schedule
        assertThat(form(world.funderF, post(base + "/report-periods").param("from", "2027-01-01")
                .param("to", "2027-03-31").param("deadline", "2027-04-30")).getStatus()).isEqualTo(403);
    }

    @Test
    void othersSeeNothingAndAPeriodOfAnotherProjectIsUnknown() throws Exception {
        long period = add("2026-01-01", "2026-03-31", "2026-04-30");
        long other = ReportsTest.sameScope(ctx, world, "Other");
        // a stranger of another partnership: 404 for the schedule and the period
        world.call(world.strangerW, get(periods()), "", 404);
        world.call(world.coordW, post(periods()), body("2027-01-01", "2027-03-31", "2027-04-30"), 404);
        world.call(world.coordW, put(periods() + "/" + period), body("2027-01-01", "2027-03-31", "2027-04-30"), 404);
        world.call(world.coordW, delete(periods() + "/" + period), "", 404);
        world.call(world.coordW, post(periods() + "/" + period + "/report"), "{}", 404);
        // the period under another project of the same staff: unknown
        String wrong = "/api/v1/projects/" + other + "/report-periods/" + period;
        world.call(world.coordX, put(wrong), body("2026-01-01", "2026-03-31", "2026-05-30"), 404);
        world.call(world.coordX, delete(wrong), "", 404);
        world.call(world.coordX, post(wrong + "/report"), "{}", 404);
        assertThat(form(world.coordX, post("/projects/" + other + "/report-periods/" + period + "/report"))
                .getStatus()).isEqualTo(404);
        // the funder reads the schedule but may not change it
        world.call(world.funderF, get(periods()), "", 200);
        world.call(world.funderF, post(periods()), body("2027-01-01", "2027-03-31", "2027-04-30"), 403);
        world.call(world.funderF, post(periods() + "/generate"), "{\"every\":\"YEAR\",\"deadlineDays\":30}", 403);
        world.call(world.funderF, post(periods() + "/" + period + "/report"), "{}", 403);
        // the party's staff manage it too
        world.call(world.coordY, post(periods()), body("2027-01-01", "2027-03-31", "2027-04-30"), 201);
    }
}
