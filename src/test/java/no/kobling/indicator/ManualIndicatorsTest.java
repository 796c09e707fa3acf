package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.indicator.application.ResultsService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Issue 14 point 1 (manual indicators): defined and given entries with evidence by the project's own staff through the
 * API; their values in the results, targets, the quarter breakdown (other dimensions 422), the list behind the value,
 * the funder's aggregate view (no entries, no evidence), another tenant's 404, and every bad input of the brief.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManualIndicatorsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String BASE = "/api/v1/projects/{id}/manual-indicators";

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;

    ResultsWorld world;
    String code;
    long linkEntry;
    long fileEntry;

    @BeforeAll
    void build() throws Exception {
        world = new ResultsWorld(ctx, mvc);
        String json = world.call(world.coordX, post(BASE, world.project),
                "{\"names\":{\"en\":\"Trained teachers\",\"nb\":\"Kurset lærere\"},\"unit\":\"PERSONS\"}", 201);
        code = JsonPath.read(json, "$.code");
        linkEntry = id(world.call(world.coordX, post(BASE + "/{code}/entries", world.project, code),
                "{\"date\":\"2026-02-10\",\"value\":5,\"link\":\"https://example.org/list\",\"note\":\"Course A\"}",
                201));
        fileEntry = id(enterWithFile(world.coordX, code, "2026-05-01", "3", null, "list.pdf", PDF, 201));
        // outside the period: counted nowhere in 2026
        world.call(world.coordX, post(BASE + "/{code}/entries", world.project, code),
                "{\"date\":\"2025-12-31\",\"value\":100,\"link\":\"http://example.org/old\"}", 201);
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String enterWithFile(String user, String indicator, String date, String value, String link, String name,
            byte[] content, int expected) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(BASE + "/{code}/entries", world.project,
                indicator);
        if (content != null) {
            request.file(new MockMultipartFile("file", name, "application/octet-stream", content));
        }
        request.param("date", date).param("value", value);
        if (link != null) {
            request.param("link", link);
        }
        MockHttpServletResponse response = mvc.perform(request.with(world.users.as(user)).with(csrf())
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }

    Map<String, Object> result(String user, String indicator) throws Exception {
        String json = world.call(user, get("/api/v1/projects/{id}/results?from=2026-01-01&to=2026-12-31",
                world.project), "", 200);
        List<Map<String, Object>> list = JsonPath.read(json, "$.indicators[?(@.code == '" + indicator + "')]");
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    static BigDecimal dec(Object o) {
        return new BigDecimal(String.valueOf(o));
    }

    @Test
    void aDefinedIndicatorCountsItsEntriesInThePeriodAndTakesATarget() throws Exception {
        assertThat(code).isEqualTo("manual-trained-teachers");
        Map<String, Object> r = result(world.coordX, code);
        assertThat(dec(r.get("value"))).isEqualByComparingTo("8");
        assertThat(r.get("name")).isEqualTo("Trained teachers");
        assertThat(r.get("unit")).isEqualTo("persons");
        // after the catalogue's indicators
        String json = world.call(world.coordX, get("/api/v1/projects/{id}/results?from=2026-01-01&to=2026-12-31",
                world.project), "", 200);
        List<String> codes = JsonPath.read(json, "$.indicators[*].code");
        assertThat(codes.get(codes.size() - 1)).startsWith("manual-");
        assertThat(codes.indexOf(code)).isGreaterThan(codes.indexOf("expert-hours"));
        // a target for the manual code is accepted; an unknown manual code stays refused
        world.call(world.coordX, put("/api/v1/projects/{id}/targets/{code}", world.project, code),
                "{\"value\":20}", 200);
        r = result(world.coordX, code);
        assertThat(dec(r.get("target"))).isEqualByComparingTo("20");
        assertThat(dec(r.get("progressPercent"))).isEqualByComparingTo("40.0");
        String targets = world.call(world.coordX, get("/api/v1/projects/{id}/targets", world.project), "", 200);
        assertThat((List<String>) JsonPath.read(targets, "$[*].code")).contains(code);
        String unknown = world.call(world.coordX, put("/api/v1/projects/{id}/targets/{code}", world.project,
                "manual-no-such"), "{\"value\":1}", 422);
        assertThat((String) JsonPath.read(unknown, "$.code")).isEqualTo("indicator-unknown");
        // the same name again gets its own, stable code
        String again = world.call(world.coordX, post(BASE, world.project),
                "{\"names\":{\"en\":\"Trained teachers\"},\"unit\":\"COUNT\"}", 201);
        assertThat((String) JsonPath.read(again, "$.code")).isEqualTo("manual-trained-teachers-2");
        // names: in the caller's language, falling back to English
        String nb = mvc.perform(get("/api/v1/projects/{id}/results?from=2026-01-01&to=2026-12-31", world.project)
                .with(world.users.as(world.coordX)).header("Accept-Language", "nb").accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(nb, "$.indicators[?(@.code == '" + code + "')].name"))
                .containsExactly("Kurset lærere");
    }

    @Test
    void entriesKeepEvidenceAndWhoEnteredThem() throws Exception {
        String entries = world.call(world.coordX, get(BASE + "/{code}/entries", world.project, code), "", 200);
        assertThat((List<String>) JsonPath.read(entries, "$[*].enteredBy")).containsOnly(world.coordX);
        assertThat((List<String>) JsonPath.read(entries, "$[?(@.id == " + fileEntry + ")].file.filename"))
                .containsExactly("list.pdf");
        var file = mvc.perform(get(BASE + "/{code}/entries/{e}/evidence", world.project, code, fileEntry)
                .with(world.users.as(world.coordY))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        // an entry without a file has no evidence to download
        world.call(world.coordX, get(BASE + "/{code}/entries/{e}/evidence", world.project, code, linkEntry), "", 404);
    }

    @Test
    void badEntriesAreRefused() throws Exception {
        String wrongType = enterWithFile(world.coordX, code, "2026-03-01", "1", null, "list.pdf",
                "MZ this is no pdf at all".getBytes(StandardCharsets.US_ASCII), 422);
        assertThat((String) JsonPath.read(wrongType, "$.code")).isEqualTo("evidence-type-not-allowed");
        String disguised = enterWithFile(world.coordX, code, "2026-03-01", "1", null, "list.docx", PDF, 422);
        assertThat((String) JsonPath.read(disguised, "$.code")).isEqualTo("evidence-name-mismatch");
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        String tooLarge = enterWithFile(world.coordX, code, "2026-03-01", "1", null, "big.pdf", big, 422);
        assertThat((String) JsonPath.read(tooLarge, "$.code")).isEqualTo("evidence-too-large");
        String neither = enterWithFile(world.coordX, code, "2026-03-01", "1", null, null, null, 422);
        assertThat((String) JsonPath.read(neither, "$.code")).isEqualTo("manual-evidence-required");
        String script = enterWithFile(world.coordX, code, "2026-03-01", "1", "javascript:alert(1)", null, null, 422);
        assertThat((String) JsonPath.read(script, "$.code")).isEqualTo("manual-link-invalid");
        for (String link : List.of("ftp://example.org/x", "//example.org/x", "https://", "data:text/html,hi")) {
            String refused = world.call(world.coordX, post(BASE + "/{code}/entries", world.project, code),
                    "{\"date\":\"2026-03-01\",\"value\":1,\"link\":\"" + link + "\"}", 422);
            assertThat((String) JsonPath.read(refused, "$.code")).as(link).isEqualTo("manual-link-invalid");
        }
        String negative = world.call(world.coordX, post(BASE + "/{code}/entries", world.project, code),
                "{\"date\":\"2026-03-01\",\"value\":-1,\"link\":\"https://example.org\"}", 422);
        assertThat((String) JsonPath.read(negative, "$.code")).isEqualTo("manual-value-negative");
        String noDate = world.call(world.coordX, post(BASE + "/{code}/entries", world.project, code),
                "{\"value\":1,\"link\":\"https://example.org\"}", 422);
        assertThat((String) JsonPath.read(noDate, "$.code")).isEqualTo("manual-date-required");
        String noName = world.call(world.coordX, post(BASE, world.project),
                "{\"names\":{\"en\":\"  \"},\"unit\":\"COUNT\"}", 422);
        assertThat((String) JsonPath.read(noName, "$.code")).isEqualTo("manual-name-required");
        // none of them counted
        assertThat(dec(result(world.coordX, code).get("value"))).isEqualByComparingTo("8");
        // jobs may fall: a negative entry is accepted for JOBS
        String jobs = JsonPath.read(world.call(world.coordX, post(BASE, world.project),
                "{\"names\":{\"nn\":\"Netto arbeidsplassar\"},\"unit\":\"JOBS\"}", 201), "$.code");
        world.call(world.coordX, post(BASE + "/{code}/entries", world.project, jobs),
                "{\"date\":\"2026-03-01\",\"value\":-2,\"link\":\"https://example.org/jobs\"}", 201);
        assertThat(dec(result(world.coordX, jobs).get("value"))).isEqualByComparingTo("-2");
    }

    @Test
    void breaksDownByQuarterOnly() throws Exception {
        String json = world.call(world.coordX, get("/api/v1/projects/{id}/results/{code}/breakdown?by=quarter"
                + "&from=2026-01-01&to=2026-12-31", world.project, code), "", 200);
        assertThat(dec(JsonPath.<List<Object>>read(json, "$.cells[?(@.key == '2026-Q1')].value").get(0)))
                .isEqualByComparingTo("5");
        assertThat(dec(JsonPath.<List<Object>>read(json, "$.cells[?(@.key == '2026-Q2')].value").get(0)))
                .isEqualByComparingTo("3");
        for (String by : List.of("municipality", "country", "target-group")) {
            String refused = world.call(world.coordX, get("/api/v1/projects/{id}/results/{code}/breakdown?by=" + by,
                    world.project, code), "", 422);
            assertThat((String) JsonPath.read(refused, "$.code")).isEqualTo("breakdown-not-available");
        }
        // report snapshots iterate every dimension: the others give no cells
        ResultsService results = ctx.getBean(ResultsService.class);
        var snapshot = world.users.actingAs(world.coordX, () -> results.breakdownForSnapshot(world.project, code,
                "municipality", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Locale.ENGLISH));
        assertThat(snapshot.cells()).isEmpty();
        // the list behind the value: the entries
        String items = world.call(world.coordX, get("/api/v1/projects/{id}/results/{code}/items?from=2026-01-01"
                + "&to=2026-12-31", world.project, code), "", 200);
        assertThat((Integer) JsonPath.read(items, "$.total")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(items, "$.items[*].kind")).containsOnly("manual-entry");
        String q1 = world.call(world.coordX, get("/api/v1/projects/{id}/results/{code}/items?from=2026-01-01"
                + "&to=2026-12-31&by=quarter&key=2026-Q1", world.project, code), "", 200);
        assertThat((List<Integer>) JsonPath.read(q1, "$.items[*].id")).containsExactly((int) linkEntry);
    }

    @Test
    void theFunderSeesTheValueButNotTheEntriesOrTheEvidence() throws Exception {
        assertThat(dec(result(world.funderF, code).get("value"))).isEqualByComparingTo("8");
        String entries = world.call(world.funderF, get(BASE + "/{code}/entries", world.project, code), "", 403);
        assertThat((String) JsonPath.read(entries, "$.code")).isEqualTo("manual-entries-not-allowed");
        String file = world.call(world.funderF, get(BASE + "/{code}/entries/{e}/evidence", world.project, code,
                fileEntry), "", 403);
        assertThat((String) JsonPath.read(file, "$.code")).isEqualTo("manual-entries-not-allowed");
        String items = world.call(world.funderF, get("/api/v1/projects/{id}/results/{code}/items", world.project,
                code), "", 403);
        assertThat((String) JsonPath.read(items, "$.code")).isEqualTo("results-list-not-allowed");
        // one entry per quarter: suppressed for the funder
        String json = world.call(world.funderF, get("/api/v1/projects/{id}/results/{code}/breakdown?by=quarter"
                + "&from=2026-01-01&to=2026-12-31", world.project, code), "", 200);
        assertThat(JsonPath.<List<Boolean>>read(json, "$.cells[?(@.key == '2026-Q1')].suppressed")).containsExactly(true);
        world.call(world.funderF, post(BASE + "/{code}/entries", world.project, code),
                "{\"date\":\"2026-03-01\",\"value\":1,\"link\":\"https://example.org\"}", 403);
        // the definitions are no secret; the results page shows no entries and no lists
        world.call(world.funderF, get(BASE, world.project), "", 200);
        String page = mvc.perform(get("/projects/{id}/results", world.project).with(world.users.as(world.funderF)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/items").doesNotContain("manual-define");
    }

    @Test
    void anotherTenantGets404() throws Exception {
        world.call(world.strangerW, get(BASE, world.project), "", 404);
        world.call(world.strangerW, get(BASE + "/{code}/entries", world.project, code), "", 404);
        world.call(world.strangerW, get(BASE + "/{code}/entries/{e}/evidence", world.project, code, fileEntry), "",
                404);
        world.call(world.strangerW, post(BASE + "/{code}/entries", world.project, code),
                "{\"date\":\"2026-03-01\",\"value\":1,\"link\":\"https://example.org\"}", 404);
        world.call(world.strangerW, get("/api/v1/projects/{id}/results/{code}/items", world.project, code), "", 404);
    }

    @Test
    void correctionsWithdrawalsAndArchiving() throws Exception {
        String c = JsonPath.read(world.call(world.coordX, post(BASE, world.project),
                "{\"names\":{\"sv\":\"Utbildade ledare\"},\"unit\":\"COUNT\"}", 201), "$.code");
        assertThat(c).isEqualTo("manual-utbildade-ledare");
        long a = id(world.call(world.coordX, post(BASE + "/{code}/entries", world.project, c),
                "{\"date\":\"2026-04-01\",\"value\":4,\"link\":\"https://example.org/a\"}", 201));
        long b = id(world.call(world.coordX, post(BASE + "/{code}/entries", world.project, c),
                "{\"date\":\"2026-04-02\",\"value\":6,\"link\":\"https://example.org/b\"}", 201));
        assertThat(dec(result(world.coordX, c).get("value"))).isEqualByComparingTo("10");
        world.call(world.coordY, put(BASE + "/{code}/entries/{e}", world.project, c, a),
                "{\"date\":\"2026-04-01\",\"value\":7,\"link\":\"https://example.org/a2\"}", 200);
        assertThat(dec(result(world.coordX, c).get("value"))).isEqualByComparingTo("13");
        world.call(world.coordX, post(BASE + "/{code}/entries/{e}/withdraw", world.project, c, b), "", 200);
        assertThat(dec(result(world.coordX, c).get("value"))).isEqualByComparingTo("7");
        String withdrawn = world.call(world.coordX, get(BASE + "/{code}/entries", world.project, c), "", 200);
        assertThat((List<String>) JsonPath.read(withdrawn, "$[?(@.id == " + b + ")].withdrawnBy"))
                .containsExactly(world.coordX);
        // the audit keeps the correction
        Integer audited = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from audit_entry where entity_type like '%ManualEntry' and entity_id = ?"
                        + " and action = 'UPDATE'", Integer.class, String.valueOf(a));
        assertThat(audited).isEqualTo(1);
        // an indicator with entries is archived, not deleted; archived, it takes no new entries
        String del = world.call(world.coordX, delete(BASE + "/{code}", world.project, c), "", 409);
        assertThat((String) JsonPath.read(del, "$.code")).isEqualTo("manual-indicator-has-entries");
        world.call(world.coordX, put(BASE + "/{code}", world.project, c), "{\"archived\":true}", 200);
        String archived = world.call(world.coordX, post(BASE + "/{code}/entries", world.project, c),
                "{\"date\":\"2026-04-03\",\"value\":1,\"link\":\"https://example.org/c\"}", 422);
        assertThat((String) JsonPath.read(archived, "$.code")).isEqualTo("manual-indicator-archived");
        assertThat(dec(result(world.coordX, c).get("value"))).isEqualByComparingTo("7");
        String unit = world.call(world.coordX, put(BASE + "/{code}", world.project, c), "{\"unit\":\"HOURS\"}", 422);
        assertThat((String) JsonPath.read(unit, "$.code")).isEqualTo("manual-unit-locked");
        // one without entries is deleted
        String empty = JsonPath.read(world.call(world.coordX, post(BASE, world.project),
                "{\"names\":{\"fi\":\"Tyhjä\"},\"unit\":\"COUNT\"}", 201), "$.code");
        world.call(world.coordX, delete(BASE + "/{code}", world.project, empty), "", 204);
        world.call(world.coordX, get(BASE + "/{code}", world.project, empty), "", 404);
    }

    @Test
    void thePagesDefineAndEnter() throws Exception {
        var page = mvc.perform(get("/projects/{id}/results", world.project).with(world.users.as(world.coordX)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("id=\"manual\"").contains("manual-define")
                .contains("/projects/" + world.project + "/results/companies-reached/items");
        var defined = mvc.perform(post("/projects/{id}/manual-indicators", world.project)
                .param("name-en", "Visits abroad").param("unit", "COUNT").with(world.users.as(world.coordX))
                .with(csrf())).andReturn().getResponse();
        assertThat(defined.getStatus()).isEqualTo(302);
        assertThat(defined.getRedirectedUrl()).endsWith("/manual-indicators/manual-visits-abroad");
        var refused = mvc.perform(post("/projects/{id}/manual-indicators", world.project).param("unit", "COUNT")
                .with(world.users.as(world.coordX)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("role=\"alert\"");
        var entered = mvc.perform(multipart("/projects/{id}/manual-indicators/{code}/entries", world.project,
                "manual-visits-abroad").file(new MockMultipartFile("file", "trip.pdf", "application/pdf", PDF))
                .param("date", "2026-06-01").param("value", "2").with(world.users.as(world.coordX)).with(csrf()))
                .andReturn().getResponse();
        assertThat(entered.getStatus()).isEqualTo(302);
        var show = mvc.perform(get("/projects/{id}/manual-indicators/{code}", world.project, "manual-visits-abroad")
                .with(world.users.as(world.coordX))).andReturn().getResponse();
        assertThat(show.getStatus()).isEqualTo(200);
        assertThat(show.getContentAsString()).contains("trip.pdf").contains(world.coordX).contains("entries-table");
    }
}
