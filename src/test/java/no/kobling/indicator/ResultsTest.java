package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 "Correctness": a small programme's year built through the API ({@link ResultsWorld}) and every indicator
 * checked against counts written here by hand from docs/indicators.md, with records outside the period, outside the
 * project's municipalities and of another partnership that must count nowhere; plus targets, forecast, breakdowns,
 * the funder's suppression and the bad input of the results API.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;

    ResultsWorld world;

    @BeforeAll
    void build() throws Exception {
        world = new ResultsWorld(ctx, mvc);
        world.build(ctx);
        world.counting(world.coordX, "PARTNERSHIP");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String results(String user, String query, int status) throws Exception {
        return world.call(user, get("/api/v1/projects/{id}/results" + query, world.project), "", status);
    }

    static Map<String, BigDecimal> values(String json) {
        List<Map<String, Object>> list = JsonPath.read(json, "$.indicators");
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        list.forEach(i -> out.put((String) i.get("code"), new BigDecimal(String.valueOf(i.get("value")))));
        return out;
    }

    static Map<String, Object> indicator(String json, String code) {
        List<Map<String, Object>> list = JsonPath.read(json, "$.indicators[?(@.code == '" + code + "')]");
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    /** The year's expected counts (see the comments in ResultsWorld.build for what each record is). */
    static Map<String, BigDecimal> expected() {
        Map<String, BigDecimal> e = new LinkedHashMap<>();
        e.put("companies-reached", dec(7)); // c1..c7 (cH, cH2 in Herøy; W's and 2025 activities excluded)
        e.put("companies-participating", dec(6)); // c1 (ten visits, once), c2, c3, c4, c5, c6
        e.put("companies-intensive", dec(2)); // c3, c4
        e.put("companies-deep-dive", dec(1)); // c4
        e.put("startup-advisories", dec(2)); // c2's and e3's
        e.put("companies-started", dec(1)); // e1 → n1
        e.put("local-activities", dec(5)); // seminar, network meeting, X+Y event, X's event, X's B2B event
        e.put("networks-started", dec(0)); // none in this world (NetworksStartedTest counts them)
        e.put("joint-activities", dec(2)); // X with Y (Ålesund/Giske), Z with X (Herøy/Ålesund)
        e.put("jobs-created", dec(4 + 2 - 2 + 3)); // c1 +4, c2 +2, c3 −2; n1 started with 3
        e.put("b2b-meetings-held", dec(2)); // at X's event; not at W's
        e.put("letters-of-intent", dec(1)); // case of P between c1 and c2
        e.put("transactions", dec(2)); // 2026: NOK 100000, EUR 2500.50
        e.put("referrals-delivered", dec(1)); // c1's (c3's only accepted, cH's in Herøy)
        e.put("expert-hours", new BigDecimal("3.5")); // 2 + 1.5 for c1 (cH's hour is in Herøy)
        return e;
    }

    static BigDecimal dec(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void everyIndicatorMatchesTheCountsOfTheTest() throws Exception {
        String json = results(world.coordX, "?from=2026-01-01&to=2026-12-31", 200);
        assertThat(((Number) JsonPath.read(json, "$.project")).longValue()).isEqualTo(world.project);
        assertThat((String) JsonPath.read(json, "$.from")).isEqualTo("2026-01-01");
        assertThat((String) JsonPath.read(json, "$.to")).isEqualTo("2026-12-31");
        Map<String, BigDecimal> actual = values(json);
        Map<String, BigDecimal> expected = expected();
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((code, value) -> assertThat(actual.get(code)).as(code).isEqualByComparingTo(value));
        Map<String, Object> transactions = indicator(json, "transactions");
        @SuppressWarnings("unchecked")
        Map<String, Object> amounts = (Map<String, Object>) transactions.get("amounts");
        assertThat(new BigDecimal(String.valueOf(amounts.get("NOK")))).isEqualByComparingTo("100000");
        assertThat(new BigDecimal(String.valueOf(amounts.get("EUR")))).isEqualByComparingTo("2500.50");
        assertThat(indicator(json, "companies-participating").get("unit")).isEqualTo("companies");
        // the project partner sees the same numbers; so does the funder
        assertThat(values(results(world.coordY, "?from=2026-01-01&to=2026-12-31", 200))).isEqualTo(actual);
        assertThat(values(results(world.funderF, "?from=2026-01-01&to=2026-12-31", 200))).isEqualTo(actual);
    }

    @Test
    void aShorterPeriodCountsOnlyItsRecords() throws Exception {
        Map<String, BigDecimal> h1 = values(results(world.coordX, "?from=2026-01-01&to=2026-06-30", 200));
        // Jan–Jun: c1 (10 visits), c2, c3, c4, c5 (visit 1 June + seminar 15 June); c6 only the seminar (contacted)
        assertThat(h1.get("companies-reached")).isEqualByComparingTo("6");
        assertThat(h1.get("companies-participating")).isEqualByComparingTo("5");
        assertThat(h1.get("startup-advisories")).isEqualByComparingTo("1");
        assertThat(h1.get("local-activities")).isEqualByComparingTo("2"); // the seminar and the X+Y event
        assertThat(h1.get("joint-activities")).isEqualByComparingTo("1");
        assertThat(h1.get("transactions")).isEqualByComparingTo("1");
        assertThat(h1.get("companies-started")).isEqualByComparingTo("0"); // linked in November
    }

    @Test
    void targetsProgressAndForecast() throws Exception {
        String path = "/api/v1/projects/{id}/targets/{code}";
        world.call(world.coordX, put(path, world.project, "companies-participating"), "{\"value\":600}", 200);
        world.call(world.coordX, put(path, world.project, "companies-participating"), "{\"year\":2026,\"value\":200}",
                200);
        world.call(world.coordX, put(path, world.project, "jobs-created"), "{\"value\":200}", 200);
        clock.set(LocalDate.of(2026, 7, 1).atTime(10, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
        String json = results(world.coordX, "?from=2026-01-01&to=2026-12-31", 200);
        Map<String, Object> participating = indicator(json, "companies-participating");
        assertThat(new BigDecimal(String.valueOf(participating.get("target")))).isEqualByComparingTo("200");
        assertThat(participating.get("targetYear")).isEqualTo(2026);
        // 6 of 200 = 3.0 %; forecast 6 × 365 days / 182 days elapsed (1 Jan – 1 Jul)
        assertThat(new BigDecimal(String.valueOf(participating.get("progressPercent")))).isEqualByComparingTo("3.0");
        BigDecimal forecast = BigDecimal.valueOf(6 * 365).divide(BigDecimal.valueOf(182), 1, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(String.valueOf(participating.get("forecast")))).isEqualByComparingTo(forecast);
        Map<String, Object> jobs = indicator(json, "jobs-created");
        assertThat(new BigDecimal(String.valueOf(jobs.get("target")))).isEqualByComparingTo("200");
        assertThat(jobs.get("targetYear")).isNull();
        assertThat(indicator(json, "letters-of-intent").get("target")).isNull();
        // a period over two years uses the whole-period target
        String twoYears = results(world.coordX, "?from=2025-07-01&to=2026-12-31", 200);
        assertThat(new BigDecimal(String.valueOf(indicator(twoYears, "companies-participating").get("target"))))
                .isEqualByComparingTo("600");
        // removing the year's target falls back to the whole period's
        world.call(world.coordX, delete(path + "?year=2026", world.project, "companies-participating"), "", 204);
        assertThat(new BigDecimal(String.valueOf(indicator(results(world.coordX, "", 200),
                "companies-participating").get("target")))).isEqualByComparingTo("600");
        String targets = world.call(world.funderF, get("/api/v1/projects/{id}/targets", world.project), "", 200);
        assertThat((List<?>) JsonPath.read(targets, "$")).hasSize(2);
    }

    @Test
    void badInputIsRefusedWithACode() throws Exception {
        String path = "/api/v1/projects/{id}/targets/{code}";
        String unknown = world.call(world.coordX, put(path, world.project, "happiness"), "{\"value\":5}", 422);
        assertThat((String) JsonPath.read(unknown, "$.code")).isEqualTo("indicator-unknown");
        world.call(world.coordX, put(path, world.project, "jobs-created"), "{\"value\":-1}", 400);
        String year = world.call(world.coordX, put(path, world.project, "jobs-created"),
                "{\"year\":1850,\"value\":1}", 422);
        assertThat((String) JsonPath.read(year, "$.code")).isEqualTo("target-year-invalid");
        String period = results(world.coordX, "?from=2026-06-01&to=2026-05-31", 422);
        assertThat((String) JsonPath.read(period, "$.code")).isEqualTo("period-invalid");
        String dimension = world.call(world.coordX, get("/api/v1/projects/{id}/results/{code}/breakdown?by=planet",
                world.project, "companies-reached"), "", 422);
        assertThat((String) JsonPath.read(dimension, "$.code")).isEqualTo("breakdown-dimension-unknown");
        world.call(world.coordX, get("/api/v1/projects/{id}/results/{code}/breakdown?by=quarter", world.project,
                "happiness"), "", 404);
        // the funder reads but does not set targets or the counting
        world.call(world.funderF, put(path, world.project, "jobs-created"), "{\"value\":1}", 403);
        world.call(world.funderF, put("/api/v1/projects/{id}/results/counting", world.project),
                "{\"counting\":\"TAGGED\"}", 403);
    }

    @Test
    void aProjectTheCallerMayNotSeeAnswers404() throws Exception {
        results(world.strangerW, "", 404);
        world.call(world.strangerW, get("/api/v1/projects/{id}/results/{code}/breakdown?by=quarter", world.project,
                "companies-reached"), "", 404);
        world.call(world.strangerW, get("/api/v1/projects/{id}/targets", world.project), "", 404);
        world.call(world.strangerW, put("/api/v1/projects/{id}/targets/{code}", world.project, "jobs-created"),
                "{\"value\":1}", 404);
        world.call(world.coordX, get("/api/v1/projects/{id}/results", Long.MAX_VALUE - 7), "", 404);
    }

    static Map<String, Map<String, Object>> cells(String json) {
        List<Map<String, Object>> list = JsonPath.read(json, "$.cells");
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        list.forEach(c -> out.put((String) c.get("key"), c));
        return out;
    }

    String breakdown(String user, String code, String by) throws Exception {
        return world.call(user, get("/api/v1/projects/{id}/results/{code}/breakdown?by=" + by
                + "&from=2026-01-01&to=2026-12-31", world.project, code), "", 200);
    }

    @Test
    void breakdownsRecountEachCell() throws Exception {
        // by the activity's municipality: in Ålesund c1, c3, c5 participate; in Giske c2, c4 (c6 had one activity in
        // each, so it is only contacted in either)
        Map<String, Map<String, Object>> byMunicipality = cells(breakdown(world.coordX, "companies-participating",
                "municipality"));
        assertThat(byMunicipality).containsOnlyKeys(String.valueOf(world.alesund), String.valueOf(world.giske));
        assertThat(byMunicipality.get(String.valueOf(world.alesund)).get("value")).isEqualTo(3);
        assertThat(byMunicipality.get(String.valueOf(world.giske)).get("value")).isEqualTo(2);
        // target groups of the companies: women c2, c4, c6; youth c3
        Map<String, Map<String, Object>> byGroup = cells(breakdown(world.coordX, "companies-participating",
                "target-group"));
        assertThat(byGroup.get("WOMEN").get("value")).isEqualTo(3);
        assertThat(byGroup.get("YOUTH").get("value")).isEqualTo(1);
        // start-up advisories by quarter: March (c2) and October (e3)
        Map<String, Map<String, Object>> byQuarter = cells(breakdown(world.coordX, "startup-advisories", "quarter"));
        assertThat(byQuarter).containsOnlyKeys("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(byQuarter.get("2026-Q1").get("value")).isEqualTo(1);
        assertThat(byQuarter.get("2026-Q2").get("value")).isEqualTo(0);
        assertThat(byQuarter.get("2026-Q4").get("value")).isEqualTo(1);
        Map<String, Map<String, Object>> byCountry = cells(breakdown(world.coordX, "companies-reached", "country"));
        assertThat(byCountry).containsOnlyKeys("NO");
        assertThat(byCountry.get("NO").get("value")).isEqualTo(7);
        // companies started: e1 is in the women's group
        assertThat(cells(breakdown(world.coordX, "companies-started", "target-group")).get("WOMEN").get("value"))
                .isEqualTo(1);
    }

    @Test
    void aFunderSeesCellsBelowThreeSuppressed() throws Exception {
        Map<String, Map<String, Object>> byMunicipality = cells(breakdown(world.funderF, "companies-participating",
                "municipality"));
        Map<String, Object> alesund = byMunicipality.get(String.valueOf(world.alesund));
        Map<String, Object> giske = byMunicipality.get(String.valueOf(world.giske));
        assertThat(alesund.get("value")).isEqualTo(3);
        assertThat(alesund.get("suppressed")).isEqualTo(false);
        assertThat(giske.get("value")).isNull();
        assertThat(giske.get("suppressed")).isEqualTo(true);
        assertThat(giske.get("display")).isEqualTo("< 3");
        // one transaction's value stands behind two companies: suppressed for the funder, shown to the staff
        Map<String, Map<String, Object>> quarters = cells(breakdown(world.funderF, "transactions", "quarter"));
        assertThat(quarters.get("2026-Q2").get("suppressed")).isEqualTo(true);
        assertThat(cells(breakdown(world.coordY, "transactions", "quarter")).get("2026-Q2").get("value"))
                .isEqualTo(1);
    }

    @Test
    void theResultsPagesShowTheTableAndTheSuppressedCells() throws Exception {
        String page = mvc.perform(get("/projects/{id}/results?from=2026-01-01&to=2026-12-31", world.project)
                .with(world.users.as(world.coordX))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"results-table\"").contains("Participating companies")
                .contains("data-code=\"companies-participating\"")
                .contains("/projects/" + world.project + "/results/companies-participating?by=municipality");
        var funderPage = mvc.perform(get("/projects/{id}/results/{code}?by=municipality&from=2026-01-01&to=2026-12-31",
                world.project, "companies-participating").with(world.users.as(world.funderF))).andReturn()
                .getResponse();
        assertThat(funderPage.getStatus()).isEqualTo(200);
        assertThat(funderPage.getContentAsString()).contains("&lt; 3");
        assertThat(mvc.perform(get("/projects/{id}/results", world.project).with(world.users.as(world.strangerW)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
