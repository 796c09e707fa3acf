package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.identity.TestUsers;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.shared.pdf.PdfChecks;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports (issue 14 point 4) on the results world: the lifecycle, the frozen snapshot, late submission, the funder's
 * decisions and suppression, the CSV export and tenancy. Expected numbers are the hand counts of {@link ResultsTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;

    ResultsWorld world;

    /**
     * The project of the test at hand: every test gets its own project of the same scope (owner X, party Y, funder F,
     * Ålesund and Giske, 2026, counting the whole partnership), since the periods of one project may not overlap.
     */
    long project;

    @BeforeAll
    void build() throws Exception {
        world = new ResultsWorld(ctx, mvc);
        world.build(ctx);
    }

    @BeforeEach
    void newProject() throws Exception {
        project = sameScope(ctx, world, "Goals");
        world.call(world.coordX, put("/api/v1/projects/{id}/results/counting", project),
                "{\"counting\":\"PARTNERSHIP\"}", 200);
    }

    /** A project of the world's scope (as its own project) with these goals. */
    static long sameScope(ApplicationContext ctx, ResultsWorld world, String goals) {
        long plain = ctx.getBean(ProjectTypeRepository.class).findByCode("PLAIN").orElseThrow().getId();
        ProjectService projects = ctx.getBean(ProjectService.class);
        return world.users.actingAs(world.coordX, () -> projects.create(new ProjectData(TestUsers.unique("Reports"),
                plain, world.partnership, null, world.f, ResultsWorld.FROM, ResultsWorld.TO, goals, "Description",
                Set.of(world.alesund, world.giske), Set.of(),
                List.of(new ProjectData.PartyData(world.y, "Advice in Giske"))))).getId();
    }

    String base() {
        return "/api/v1/projects/" + project + "/reports";
    }

    long create(String from, String to, String deadline) throws Exception {
        String json = world.call(world.coordX, post(base()), "{\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"deadline\":\"" + deadline + "\",\"narrative\":\"Goal 1: on track\"}", 201);
        assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("DRAFT");
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String report(String user, long id, int status) throws Exception {
        return world.call(user, get(base() + "/" + id), "", status);
    }

    static Map<String, BigDecimal> totals(String json) {
        List<Map<String, Object>> list = JsonPath.read(json, "$.figures[?(@.dimension == 'total')]");
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        list.forEach(f -> out.put((String) f.get("indicator"), new BigDecimal(String.valueOf(f.get("value")))));
        return out;
    }

    static Map<String, Object> figure(String json, String code, String dimension, String key) {
        List<Map<String, Object>> list = JsonPath.read(json, "$.figures[?(@.indicator == '" + code
                + "' && @.dimension == '" + dimension + "' && @.key == '" + key + "')]");
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    static String code(String problem) {
        return JsonPath.read(problem, "$.code");
    }

    @Test
    void aSubmittedReportIsFrozenAndLaterDataDoNotChangeIt() throws Exception {
        long id = create("2026-01-01", "2026-12-31", "2027-01-31");
        String draft = report(world.coordX, id, 200);
        Map<String, BigDecimal> expected = ResultsTest.expected();
        Map<String, BigDecimal> totals = totals(draft);
        expected.forEach((c, v) -> assertThat(totals.get(c)).as(c).isEqualByComparingTo(v));
        // every breakdown is in the snapshot: the quarters of 2026 for companies-reached
        List<String> quarters = JsonPath.read(draft,
                "$.figures[?(@.indicator == 'companies-reached' && @.dimension == 'quarter')].key");
        assertThat(quarters).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");

        String edited = world.call(world.coordX, put(base() + "/" + id), "{\"narrative\":\"Goal 1: done\"}", 200);
        assertThat((String) JsonPath.read(edited, "$.narrative")).isEqualTo("Goal 1: done");
        String submitted = world.call(world.coordX, post(base() + "/" + id + "/submit"), "{}", 200);
        assertThat((String) JsonPath.read(submitted, "$.status")).isEqualTo("SUBMITTED");
        assertThat((Object) JsonPath.read(submitted, "$.lateReason")).isNull();

        // a new company reached in Ålesund in 2026, after the submission
        world.company(ctx.getBean(Companies.class), "c9", world.alesund, Set.of(), null);
        world.activity(world.coordX, "VISIT", LocalDate.of(2026, 8, 3), "1", null, Set.of(world.c.get("c9")),
                Set.of(), null);
        String live = world.call(world.coordX, get("/api/v1/projects/{id}/results?from=2026-01-01&to=2026-12-31",
                project), "", 200);
        assertThat(ResultsTest.values(live).get("companies-reached")).isEqualByComparingTo("8");
        // the submitted report still says 7 and its text did not change
        String after = report(world.coordX, id, 200);
        assertThat(totals(after).get("companies-reached")).isEqualByComparingTo("7");
        assertThat((String) JsonPath.read(after, "$.narrative")).isEqualTo("Goal 1: done");
        assertThat((List<?>) JsonPath.read(after, "$.figures")).hasSameSizeAs(JsonPath.read(draft, "$.figures"));

        // editing or submitting again is refused
        assertThat(code(world.call(world.coordX, put(base() + "/" + id), "{\"narrative\":\"x\"}", 409)))
                .isEqualTo("report-frozen");
        assertThat(code(world.call(world.coordX, post(base() + "/" + id + "/submit"), "{}", 409)))
                .isEqualTo("report-frozen");

        // a new version is a draft copy (version 2) that recomputes: now it counts c9
        String next = world.call(world.coordX, post(base() + "/" + id + "/versions"), "", 201);
        assertThat((String) JsonPath.read(next, "$.status")).isEqualTo("DRAFT");
        assertThat((Integer) JsonPath.read(next, "$.reportVersion")).isEqualTo(2);
        assertThat(((Number) JsonPath.read(next, "$.previousId")).longValue()).isEqualTo(id);
        assertThat((String) JsonPath.read(next, "$.narrative")).isEqualTo("Goal 1: done");
        long nextId = ((Number) JsonPath.read(next, "$.id")).longValue();
        String recomputed = world.call(world.coordX, put(base() + "/" + nextId), "{\"narrative\":\"v2\"}", 200);
        assertThat(totals(recomputed).get("companies-reached")).isEqualByComparingTo("8");
        assertThat(totals(report(world.coordX, id, 200)).get("companies-reached")).isEqualByComparingTo("7");
        // a draft cannot get a version
        assertThat(code(world.call(world.coordX, post(base() + "/" + nextId + "/versions"), "", 409)))
                .isEqualTo("report-version-not-allowed");
    }

    @Test
    void lateSubmissionNeedsAReason() throws Exception {
        long id = create("2026-01-01", "2026-03-31", "2026-04-30"); // the deadline has passed (the clock is later)
        assertThat(code(world.call(world.coordX, post(base() + "/" + id + "/submit"), "{}", 422)))
                .isEqualTo("report-late-reason-required");
        assertThat(code(world.call(world.coordX, post(base() + "/" + id + "/submit"), "{\"lateReason\":\"  \"}",
                422))).isEqualTo("report-late-reason-required");
        String ok = world.call(world.coordX, post(base() + "/" + id + "/submit"),
                "{\"lateReason\":\"Waiting for the ledger\"}", 200);
        assertThat((String) JsonPath.read(ok, "$.lateReason")).isEqualTo("Waiting for the ledger");
    }

    @Test
    void theFunderAcknowledgesOrReturnsOthersAreRefused() throws Exception {
        long id = create("2026-01-01", "2026-06-30", "2027-06-30");
        // not yet submitted: nothing to decide
        assertThat(code(world.call(world.funderF, post(base() + "/" + id + "/acknowledge"), "{}", 409)))
                .isEqualTo("report-not-submitted");
        world.call(world.coordX, post(base() + "/" + id + "/submit"), "{}", 200);
        // the owner's and the party's staff are not the funder
        assertThat(code(world.call(world.coordX, post(base() + "/" + id + "/acknowledge"), "{}", 403)))
                .isEqualTo("report-funder-only");
        assertThat(code(world.call(world.coordY, post(base() + "/" + id + "/return"), "{\"comment\":\"x\"}", 403)))
                .isEqualTo("report-funder-only");
        // the funder may not edit or create
        world.call(world.funderF, put(base() + "/" + id), "{\"narrative\":\"x\"}", 403);
        // a return needs a comment
        assertThat(code(world.call(world.funderF, post(base() + "/" + id + "/return"), "{}", 422)))
                .isEqualTo("report-comment-required");
        String returned = world.call(world.funderF, post(base() + "/" + id + "/return"),
                "{\"comment\":\"Add the jobs\"}", 200);
        assertThat((String) JsonPath.read(returned, "$.status")).isEqualTo("RETURNED");
        assertThat((String) JsonPath.read(returned, "$.funderComment")).isEqualTo("Add the jobs");
        assertThat(code(world.call(world.funderF, post(base() + "/" + id + "/acknowledge"), "{}", 409)))
                .isEqualTo("report-not-submitted");
        // the project answers with a new version, submits it, and the funder acknowledges it
        String next = world.call(world.coordX, post(base() + "/" + id + "/versions"), "", 201);
        long nextId = ((Number) JsonPath.read(next, "$.id")).longValue();
        world.call(world.coordX, post(base() + "/" + nextId + "/submit"), "{}", 200);
        String ack = world.call(world.funderF, post(base() + "/" + nextId + "/acknowledge"), "{}", 200);
        assertThat((String) JsonPath.read(ack, "$.status")).isEqualTo("ACKNOWLEDGED");
        assertThat(code(world.call(world.coordX, post(base() + "/" + nextId + "/versions"), "", 409)))
                .isEqualTo("report-version-not-allowed");
    }

    @Test
    void theFunderSeesSmallCellsSuppressedInTheReportAndTheCsv() throws Exception {
        long id = create("2026-01-01", "2026-12-31", "2027-01-31");
        // c3 is the only YOUTH company reached (ResultsTest)
        Map<String, Object> staff = figure(report(world.coordX, id, 200), "companies-reached", "target-group",
                "YOUTH");
        assertThat(new BigDecimal(String.valueOf(staff.get("value")))).isEqualByComparingTo("1");
        assertThat(staff.get("suppressed")).isEqualTo(false);
        Map<String, Object> funder = figure(report(world.funderF, id, 200), "companies-reached", "target-group",
                "YOUTH");
        assertThat(funder.get("value")).isNull();
        assertThat(funder.get("display")).isEqualTo("< 3");
        // totals are not suppressed
        assertThat(totals(report(world.funderF, id, 200)).get("companies-started")).isEqualByComparingTo("1");

        List<String[]> staffCsv = csv(world.coordX, id);
        List<String[]> funderCsv = csv(world.funderF, id);
        assertThat(staffCsv.get(0)).containsExactly("indicator", "dimension", "key", "label", "value");
        assertThat(row(staffCsv, "companies-reached", "target-group", "YOUTH")[4]).isEqualTo("1");
        assertThat(row(funderCsv, "companies-reached", "target-group", "YOUTH")[4]).isEqualTo("< 3");
        assertThat(row(staffCsv, "companies-started", "total", "total")[4]).isEqualTo("1");
        assertThat(row(funderCsv, "companies-deep-dive", "total", "total")[4]).isEqualTo("1");
        assertThat(staffCsv).hasSize(((List<?>) JsonPath.read(report(world.coordX, id, 200), "$.figures")).size()
                + 1);
    }

    @Test
    void anotherTenantOrAnotherProjectsReportAnswers404() throws Exception {
        long id = create("2026-01-01", "2026-02-28", "2027-01-31");
        world.call(world.strangerW, get(base() + "/" + id), "", 404);
        world.call(world.strangerW, get(base()), "", 404);
        world.call(world.strangerW, post(base() + "/" + id + "/acknowledge"), "{}", 404);
        world.call(world.coordW, get(base() + "/" + id + ".csv"), "", 404);
        // the project's own list shows it; a report id under a wrong project is unknown
        String list = world.call(world.coordY, get(base()), "", 200);
        assertThat((List<Integer>) JsonPath.read(list, "$.items[*].id")).contains((int) id);
        world.call(world.coordX, get("/api/v1/projects/{p}/reports/{r}", Long.MAX_VALUE - 1, id), "", 404);
        // bad input
        assertThat(code(world.call(world.coordX, post(base()),
                "{\"from\":\"2026-05-01\",\"to\":\"2026-04-01\",\"deadline\":\"2026-06-01\"}", 422)))
                .isEqualTo("report-period-invalid");
        world.call(world.coordX, post(base()), "{\"from\":\"2026-05-01\"}", 400);
    }

    @Test
    void theSpreadsheetHasASummaryAndASheetPerBreakdownWithNumericCells() throws Exception {
        long id = create("2026-01-01", "2026-12-31", "2027-01-31");
        String json = report(world.coordX, id, 200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                xlsx(world.coordX, id)))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("summary", "municipality", "country", "target-group", "quarter",
                    "narrative", "budget");
            Map<String, Double> summary = new LinkedHashMap<>();
            book.getSheet("summary").forEach(r -> {
                if (r.getRowNum() > 6) {
                    assertThat(r.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    summary.put(r.getCell(0).getStringCellValue(), r.getCell(2).getNumericCellValue());
                }
            });
            Map<String, BigDecimal> totals = totals(json);
            assertThat(summary.keySet()).containsExactlyElementsOf(totals.keySet());
            totals.forEach((c, v) -> assertThat(summary.get(c)).as(c).isEqualTo(v.doubleValue()));
            Map<String, Double> quarters = new LinkedHashMap<>();
            book.getSheet("quarter").forEach(r -> {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("companies-reached")) {
                    quarters.put(r.getCell(1).getStringCellValue(), r.getCell(3).getNumericCellValue());
                }
            });
            assertThat(quarters.keySet()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
            quarters.forEach((q, v) -> assertThat(v).as(q).isEqualTo(new BigDecimal(String.valueOf(
                    figure(json, "companies-reached", "quarter", q).get("value"))).doubleValue()));
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                xlsx(world.funderF, id)))) {
            List<String> youth = new ArrayList<>();
            book.getSheet("target-group").forEach(r -> {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("companies-reached")
                        && r.getCell(1).getStringCellValue().equals("YOUTH")) {
                    youth.add(r.getCell(3).getStringCellValue());
                }
            });
            assertThat(youth).containsExactly("< 3");
        }
    }

    @Test
    void pagesListAndShowReportsWithDownloadLinks() throws Exception {
        long id = create("2026-01-01", "2026-12-31", "2027-01-31");
        String list = page(world.coordY, "/projects/" + project + "/reports", 200);
        assertThat(list).contains("/projects/" + project + "/reports/" + id);
        String one = page(world.funderF, "/projects/" + project + "/reports/" + id, 200);
        assertThat(one).contains("\"/projects/" + project + "/reports/" + id + ".xlsx\"")
                .contains("\"/projects/" + project + "/reports/" + id + ".csv\"")
                .doesNotContain("/api/v1/projects/" + project + "/reports/" + id + ".xlsx")
                .contains("Goal 1: on track");
        page(world.strangerW, "/projects/" + project + "/reports/" + id, 404);
        page(world.strangerW, "/projects/" + project + "/reports", 404);
    }

    String page(String user, String path, int status) throws Exception {
        var response = mvc.perform(get(path).with(world.users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return response.getContentAsString();
    }

    @Test
    void thePdfHasTheFiguresAndTheFunderSeesSmallCellsSuppressed() throws Exception {
        long id = create("2026-01-01", "2026-12-31", "2027-01-31");
        String name = (String) figure(report(world.coordX, id, 200), "companies-started", "total", "total")
                .get("label");
        String staff = pdfText(world.coordX, id);
        assertThat(staff).contains(name).contains("Goal 1: on track").contains("2026-Q3");
        assertThat(staff).doesNotContain("< 3");
        assertThat(pdfText(world.funderF, id)).contains("< 3");
    }

    @Test
    void thePdfPrintsSámiAndNordicNamesInAnEmbeddedFontAndIsTagged() throws Exception {
        long id = create("2026-01-01", "2026-12-31", "2027-01-31");
        world.call(world.coordX, put(base() + "/" + id), "{\"narrative\":\"Porsáŋgu – Åsa Øvergård\"}", 200);
        var response = mvc.perform(get(base() + "/" + id + ".pdf").param("lang", "sv")
                .with(world.users.as(world.coordX))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        PdfChecks.Read read = PdfChecks.assertAccessible(response.getContentAsByteArray(),
                "Porsáŋgu – Åsa Øvergård");
        assertThat(read.language()).isEqualTo("sv");
    }

    String pdfText(String user, long id) throws Exception {
        var response = mvc.perform(get(base() + "/" + id + ".pdf").with(world.users.as(user))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    byte[] xlsx(String user, long id) throws Exception {
        var response = mvc.perform(get(base() + "/" + id + ".xlsx").with(world.users.as(user)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    List<String[]> csv(String user, long id) throws Exception {
        var response = mvc.perform(get(base() + "/" + id + ".csv").with(world.users.as(user)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            rows.add(parse(line));
        }
        return rows;
    }

    /** A small independent reader of one CSV line (semicolons, double quotes). */
    static String[] parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }

    static String[] row(List<String[]> rows, String code, String dimension, String key) {
        List<String[]> found = rows.stream()
                .filter(r -> r[0].equals(code) && r[1].equals(dimension) && r[2].equals(key)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
