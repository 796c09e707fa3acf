package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 point 3 (drill-down): the list behind each number of the {@link ResultsWorld} year is as long as the
 * number (count indicators) or adds up to it (jobs, hours), for the totals and for breakdown cells; funders get 403,
 * another tenant 404; the pages link numbers to their lists for staff only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillDownTest {

    static final Set<String> SUMMED = Set.of("jobs-created", "expert-hours");
    static final String PERIOD = "from=2026-01-01&to=2026-12-31";

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;

    ResultsWorld world;

    @BeforeAll
    void build() throws Exception {
        world = new ResultsWorld(ctx, mvc);
        world.build(ctx);
        world.counting(world.coordX, "PARTNERSHIP");
    }

    String items(String user, String code, String query, int status) throws Exception {
        return world.call(user, get("/api/v1/projects/{id}/results/{code}/items?" + PERIOD + "&size=200" + query,
                world.project, code), "", status);
    }

    static BigDecimal sum(String json) {
        List<Object> values = JsonPath.read(json, "$.items[*].value");
        return values.stream().map(v -> new BigDecimal(String.valueOf(v))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void everyListMatchesItsNumber() throws Exception {
        Map<String, BigDecimal> values = ResultsTest.values(world.call(world.coordX,
                get("/api/v1/projects/{id}/results?" + PERIOD, world.project), "", 200));
        Map<String, BigDecimal> expected = ResultsTest.expected();
        assertThat(values.keySet()).containsAll(expected.keySet());
        for (String code : expected.keySet()) {
            String json = items(world.coordX, code, "", 200);
            int total = JsonPath.read(json, "$.total");
            List<Object> list = JsonPath.read(json, "$.items");
            assertThat(list).as(code).hasSize(total);
            if (SUMMED.contains(code)) {
                assertThat(sum(json)).as(code).isEqualByComparingTo(values.get(code));
            } else {
                assertThat(BigDecimal.valueOf(total)).as(code).isEqualByComparingTo(values.get(code));
            }
        }
        // what the records are: companies by name with their page, activities, outcomes with amounts
        String participating = items(world.coordX, "companies-participating", "", 200);
        assertThat((List<Integer>) JsonPath.read(participating, "$.items[*].id")).containsExactlyInAnyOrder(
                world.c.get("c1").intValue(), world.c.get("c2").intValue(), world.c.get("c3").intValue(),
                world.c.get("c4").intValue(), world.c.get("c5").intValue(), world.c.get("c6").intValue());
        assertThat((List<String>) JsonPath.read(participating, "$.items[*].kind")).containsOnly("company");
        assertThat((List<String>) JsonPath.read(participating, "$.items[?(@.id == " + world.c.get("c1") + ")].link"))
                .containsExactly("/companies/" + world.c.get("c1"));
        assertThat(JsonPath.<List<String>>read(participating, "$.items[?(@.id == " + world.c.get("c1")
                + ")].label").get(0)).startsWith("c1");
        String local = items(world.coordX, "local-activities", "", 200);
        assertThat((List<String>) JsonPath.read(local, "$.items[*].kind")).containsOnly("activity", "event");
        String transactions = items(world.coordX, "transactions", "", 200);
        assertThat((List<String>) JsonPath.read(transactions, "$.items[*].label")).anyMatch(l -> l.contains("NOK"));
        assertThat((List<String>) JsonPath.read(transactions, "$.items[*].link")).allMatch(l -> l.startsWith("/cases/"));
        // paged
        String page = world.call(world.coordX, get("/api/v1/projects/{id}/results/{code}/items?" + PERIOD
                + "&size=4&page=1", world.project, "companies-participating"), "", 200);
        assertThat((Integer) JsonPath.read(page, "$.total")).isEqualTo(6);
        assertThat((List<Object>) JsonPath.read(page, "$.items")).hasSize(2);
        assertThat((Integer) JsonPath.read(page, "$.totalPages")).isEqualTo(2);
    }

    @Test
    void everyBreakdownCellListMatchesItsValue() throws Exception {
        for (String[] pair : List.of(new String[] {"companies-participating", "municipality"},
                new String[] {"companies-reached", "target-group"}, new String[] {"local-activities", "quarter"},
                new String[] {"companies-reached", "country"}, new String[] {"transactions", "quarter"},
                new String[] {"expert-hours", "municipality"})) {
            String code = pair[0];
            String by = pair[1];
            String breakdown = world.call(world.coordX, get("/api/v1/projects/{id}/results/{code}/breakdown?by=" + by
                    + "&" + PERIOD, world.project, code), "", 200);
            List<Map<String, Object>> cells = JsonPath.read(breakdown, "$.cells");
            assertThat(cells).isNotEmpty();
            for (Map<String, Object> cell : cells) {
                String json = items(world.coordX, code, "&by=" + by + "&key=" + cell.get("key"), 200);
                BigDecimal value = new BigDecimal(String.valueOf(cell.get("value")));
                BigDecimal listed = SUMMED.contains(code) ? sum(json)
                        : BigDecimal.valueOf((Integer) JsonPath.read(json, "$.total"));
                assertThat(listed).as(code + " " + by + " " + cell.get("key")).isEqualByComparingTo(value);
                assertThat((String) JsonPath.read(json, "$.key")).isEqualTo(String.valueOf(cell.get("key")));
            }
        }
        String unknownKey = items(world.coordX, "companies-reached", "&by=municipality&key=999999999", 422);
        assertThat((String) JsonPath.read(unknownKey, "$.code")).isEqualTo("breakdown-key-unknown");
        String unknownBy = items(world.coordX, "companies-reached", "&by=planet&key=x", 422);
        assertThat((String) JsonPath.read(unknownBy, "$.code")).isEqualTo("breakdown-dimension-unknown");
        items(world.coordX, "no-such-indicator", "", 404);
    }

    @Test
    void fundersGet403AndOtherTenants404() throws Exception {
        String funder = items(world.funderF, "companies-participating", "", 403);
        assertThat((String) JsonPath.read(funder, "$.code")).isEqualTo("results-list-not-allowed");
        String cell = items(world.funderF, "companies-participating", "&by=quarter&key=2026-Q1", 403);
        assertThat((String) JsonPath.read(cell, "$.code")).isEqualTo("results-list-not-allowed");
        items(world.strangerW, "companies-participating", "", 404);
        // the project partner's staff see the lists
        items(world.coordY, "companies-participating", "", 200);
    }

    @Test
    void numbersLinkToTheirListsForStaffOnly() throws Exception {
        String staff = mvc.perform(get("/projects/{id}/results/{code}?by=municipality&" + PERIOD, world.project,
                "companies-participating").with(world.users.as(world.coordX))).andReturn().getResponse()
                .getContentAsString();
        assertThat(staff).contains("/results/companies-participating/items?").contains("key=" + world.alesund);
        var funder = mvc.perform(get("/projects/{id}/results/{code}?by=municipality&" + PERIOD, world.project,
                "companies-participating").with(world.users.as(world.funderF))).andReturn().getResponse();
        assertThat(funder.getStatus()).isEqualTo(200);
        assertThat(funder.getContentAsString()).doesNotContain("/items");
        var list = mvc.perform(get("/projects/{id}/results/{code}/items?" + PERIOD + "&by=municipality&key="
                + world.alesund, world.project, "companies-participating").with(world.users.as(world.coordX)))
                .andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("items-table").contains("/companies/" + world.c.get("c1"));
        var funderList = mvc.perform(get("/projects/{id}/results/{code}/items", world.project,
                "companies-participating").with(world.users.as(world.funderF))).andReturn().getResponse();
        assertThat(funderList.getStatus()).isEqualTo(403);
    }
}
