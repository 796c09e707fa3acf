package no.kobling.survey.result;

import static no.kobling.survey.result.SurveyResultTestData.A.date;
import static no.kobling.survey.result.SurveyResultTestData.A.item;
import static no.kobling.survey.result.SurveyResultTestData.A.number;
import static no.kobling.survey.result.SurveyResultTestData.A.option;
import static no.kobling.survey.result.SurveyResultTestData.A.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The results of a survey with one question of every type (SurveyFixture), answered by five companies in two
 * municipalities, two countries and several target groups: every aggregate and cross-tab cell is checked against
 * counts this test makes from its own table of answers; an anonymous survey hides cells under three and who answered.
 */
@IntegrationTest
class SurveyResultTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyDefinitions definitions;

    TestUsers users;
    SurveyFixture.Staff staff;
    long alesund;
    long giske;

    /** The test's own record of an identified response. */
    record R(String company, long municipality, String country, Set<String> groups, String sector, Set<String> needs,
            Integer satisfaction, Integer nps, Integer employees, LocalDate started, String comment,
            Map<String, Integer> matrix) {
    }

    @BeforeEach
    void setUp() {
        users = new TestUsers(ctx.getBean(UserAdministration.class),
                ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                ctx.getBean(no.kobling.identity.application.ApiTokenService.class));
        staff = SurveyFixture.staff(ctx, "SR");
        Geography geo = ctx.getBean(Geography.class);
        alesund = geo.municipalityByCode("NO", "1508").orElseThrow().id();
        giske = geo.municipalityByCode("NO", "1532").orElseThrow().id();
    }

    long company(String name, long municipality) {
        Companies companies = ctx.getBean(Companies.class);
        return SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique(name), "AS", "62.01", municipality, 3, null,
                Set.of())));
    }

    String json(String user, String uri) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(uri).with(users.as(user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(uri + " " + r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyAggregateAndCrossTabCellMatchesTheTestsOwnCounts() throws Exception {
        long survey = SurveyFixture.create(ctx, users, staff.username());
        Map<String, Long> q = SurveyResultTestData.questionIds(definitions, survey);
        List<R> rs = List.of(
                new R("c1", alesund, "NO", Set.of("WOMEN"), "retail", Set.of("EXPORT", "RECRUITMENT"), 5, 9, 10,
                        LocalDate.of(2020, 1, 15), "Great", Map.of("quality", 5, "speed", 4, "price", 3)),
                new R("c2", alesund, "NO", Set.of(), "industry", Set.of("EXPORT"), 4, 7, 3, LocalDate.of(2020, 1, 20),
                        "=SUM(A1)", Map.of("quality", 4, "speed", 4)),
                new R("c3", giske, "NO", Set.of("WOMEN", "YOUTH"), "retail", Set.of(), 4, 10, 7,
                        LocalDate.of(2021, 6, 1), "a;b \"q\"", Map.of("quality", 3, "speed", 5, "price", 2)),
                new R("c4", giske, "SE", Set.of("YOUTH"), "services", Set.of("FINANCING"), 2, 3, 1, null, null,
                        Map.of()),
                new R("c5", alesund, "SE", Set.of("WOMEN"), "retail", Set.of("EXPORT"), 5, 8, 100,
                        LocalDate.of(2020, 3, 3), "Fine", Map.of("quality", 5, "speed", 5, "price", 5)));
        SurveyResultTestData data = new SurveyResultTestData(jdbc);
        Map<String, Long> companyIds = new LinkedHashMap<>();
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        for (R r : rs) {
            long c = company(r.company(), r.municipality());
            companyIds.put(r.company(), c);
            List<SurveyResultTestData.A> answers = new ArrayList<>();
            answers.add(option("sector", r.sector()));
            r.needs().forEach(n -> answers.add(option("needs", n)));
            answers.add(number("satisfaction", r.satisfaction()));
            answers.add(number("nps", r.nps()));
            answers.add(number("employees", r.employees()));
            if (r.started() != null) {
                answers.add(date("started", r.started()));
            }
            if (r.comment() != null) {
                answers.add(text("comment", r.comment()));
            }
            r.matrix().forEach((k, v) -> answers.add(item("matrix", k, v)));
            data.respond(survey, q, c, r.municipality(), r.country(), String.join(",", r.groups()), true, at, answers);
        }
        // a response in progress counts nowhere
        data.respond(survey, q, company("c6", alesund), alesund, "NO", "", false, at,
                List.of(option("sector", "industry"), number("employees", 1000)));

        String body = json(staff.username(), "/api/v1/surveys/" + survey + "/results");
        assertThat((Integer) JsonPath.read(body, "$.completed")).isEqualTo(rs.size());
        assertThat((Integer) JsonPath.read(body, "$.inProgress")).isEqualTo(1);
        assertThat((Object) JsonPath.read(body, "$.ratePercent")).as("open link: count only").isNull();

        // single choice
        Map<String, Long> sectors = count(rs, r -> Set.of(r.sector()));
        for (String s : List.of("retail", "industry", "services")) {
            assertThat(countOf(body, "sector", s)).as(s).isEqualTo(sectors.getOrDefault(s, 0L));
            assertThat(percentOf(body, "sector", s)).isEqualByComparingTo(pct(sectors.getOrDefault(s, 0L), rs.size()));
        }
        // multiple choice: percent of those who answered the question
        long answeredNeeds = rs.stream().filter(r -> !r.needs().isEmpty()).count();
        Map<String, Long> needs = count(rs, R::needs);
        for (String s : List.of("EXPORT", "RECRUITMENT", "FINANCING")) {
            assertThat(countOf(body, "needs", s)).as(s).isEqualTo(needs.getOrDefault(s, 0L));
            assertThat(percentOf(body, "needs", s)).isEqualByComparingTo(pct(needs.getOrDefault(s, 0L), answeredNeeds));
        }
        // scale: distribution over every value and the mean
        for (int v = 1; v <= 5; v++) {
            int value = v;
            assertThat(countOf(body, "satisfaction", String.valueOf(v)))
                    .isEqualTo(rs.stream().filter(r -> r.satisfaction() == value).count());
        }
        assertThat(new BigDecimal(read(body, "satisfaction", "mean"))).isEqualByComparingTo(
                mean(rs.stream().map(R::satisfaction).toList()));
        assertThat(countOf(body, "nps", "0")).isZero();
        assertThat(countOf(body, "nps", "10")).isEqualTo(1);
        // number: sum, mean, median (1, 3, 7, 10, 100 → 7)
        List<Integer> employees = rs.stream().map(R::employees).sorted().toList();
        assertThat(new BigDecimal(read(body, "employees", "sum")))
                .isEqualByComparingTo(BigDecimal.valueOf(employees.stream().mapToInt(i -> i).sum()));
        assertThat(new BigDecimal(read(body, "employees", "mean"))).isEqualByComparingTo(mean(employees));
        assertThat(new BigDecimal(read(body, "employees", "median")))
                .isEqualByComparingTo(BigDecimal.valueOf(employees.get(employees.size() / 2)));
        // matrix: per item the mean and how many answered it
        for (String itemCode : List.of("quality", "speed", "price")) {
            List<Integer> values = rs.stream().map(r -> r.matrix().get(itemCode)).filter(Objects::nonNull).toList();
            String path = "$.questions[?(@.code == 'matrix')].items[?(@.code == '" + itemCode + "')]";
            assertThat(((List<Integer>) JsonPath.read(body, path + ".answered")).get(0)).isEqualTo(values.size());
            assertThat(new BigDecimal(((List<Object>) JsonPath.read(body, path + ".mean")).get(0).toString()))
                    .isEqualByComparingTo(mean(values));
        }
        // date: by month
        Map<String, Long> months = new TreeMap<>(rs.stream().filter(r -> r.started() != null)
                .collect(Collectors.groupingBy(r -> r.started().toString().substring(0, 7), Collectors.counting())));
        List<String> keys = JsonPath.read(body, "$.questions[?(@.code == 'started')].counts[*].key");
        assertThat(keys).containsExactlyElementsOf(months.keySet());
        months.forEach((m, n) -> assertThat(countOf(body, "started", m)).isEqualTo(n));
        // free text: the answers listed with the company (identified survey, the staff sees the companies)
        List<String> texts = JsonPath.read(body, "$.questions[?(@.code == 'comment')].texts[*].text");
        assertThat(texts).containsExactlyInAnyOrderElementsOf(
                rs.stream().map(R::comment).filter(Objects::nonNull).toList());
        List<Integer> textCompanies = JsonPath.read(body, "$.questions[?(@.code == 'comment')].texts[*].companyId");
        assertThat(textCompanies.stream().map(Integer::longValue).toList()).containsExactlyInAnyOrderElementsOf(
                rs.stream().filter(r -> r.comment() != null).map(r -> companyIds.get(r.company())).toList());

        // cross-tabulation: every cell and total, all shown (identified survey)
        Map<String, Function<R, Set<String>>> dims = Map.of(
                "municipality", r -> Set.of(String.valueOf(r.municipality())),
                "target-group", r -> r.groups().isEmpty() ? Set.of("") : r.groups(),
                "country", r -> Set.of(r.country()));
        for (var dim : dims.entrySet()) {
            String t = json(staff.username(), "/api/v1/surveys/" + survey + "/results/" + q.get("sector")
                    + "/crosstab?by=" + dim.getKey());
            assertThat((Boolean) JsonPath.read(t, "$.suppression")).isFalse();
            List<String> columns = JsonPath.read(t, "$.columns[*].key");
            assertThat(columns).containsExactly("retail", "industry", "services");
            Set<String> rowKeys = rs.stream().flatMap(r -> dim.getValue().apply(r).stream()).collect(Collectors.toSet());
            List<String> rows = JsonPath.read(t, "$.rows[*].key");
            assertThat(rows).containsExactlyInAnyOrderElementsOf(rowKeys);
            for (int i = 0; i < rows.size(); i++) {
                String row = rows.get(i);
                List<R> inRow = rs.stream().filter(r -> dim.getValue().apply(r).contains(row)).toList();
                for (int j = 0; j < columns.size(); j++) {
                    String col = columns.get(j);
                    Integer cell = JsonPath.read(t, "$.rows[" + i + "].cells[" + j + "].count");
                    assertThat(cell.longValue()).as(dim.getKey() + " " + row + " " + col)
                            .isEqualTo(inRow.stream().filter(r -> r.sector().equals(col)).count());
                }
                assertThat((Integer) JsonPath.read(t, "$.rows[" + i + "].total.count")).isEqualTo(inRow.size());
            }
            for (int j = 0; j < columns.size(); j++) {
                assertThat(((Integer) JsonPath.read(t, "$.columnTotals[" + j + "].count")).longValue())
                        .isEqualTo(sectors.getOrDefault(columns.get(j), 0L));
            }
            assertThat((Integer) JsonPath.read(t, "$.total.count")).isEqualTo(rs.size());
        }
        // a scale question by country: columns are the scale's values
        String sc = json(staff.username(), "/api/v1/surveys/" + survey + "/results/" + q.get("satisfaction")
                + "/crosstab?by=country");
        assertThat((List<String>) JsonPath.read(sc, "$.columns[*].key")).containsExactly("1", "2", "3", "4", "5");

        // exports: one row per completed response; read the XLSX back
        byte[] xlsx = mvc.perform(get("/api/v1/surveys/" + survey + "/responses.xlsx").with(users.as(staff.username())))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("responses");
            assertThat(sheet.getLastRowNum()).isEqualTo(rs.size());
            Map<String, Integer> col = new LinkedHashMap<>();
            sheet.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            assertThat(col.keySet()).contains("companyId", "company", "recipientId", "municipality", "sector",
                    "needs.EXPORT", "needs.RECRUITMENT", "needs.FINANCING", "satisfaction", "employees", "started",
                    "comment", "matrix.quality", "matrix.speed", "matrix.price");
            for (int i = 0; i < rs.size(); i++) {
                R r = rs.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat((long) row.getCell(col.get("companyId")).getNumericCellValue())
                        .isEqualTo(companyIds.get(r.company()));
                assertThat(row.getCell(col.get("sector")).getStringCellValue()).isEqualTo(r.sector());
                assertThat(row.getCell(col.get("employees")).getNumericCellValue()).isEqualTo(r.employees().doubleValue());
                if (!r.needs().isEmpty()) {
                    assertThat(row.getCell(col.get("needs.EXPORT")).getNumericCellValue())
                            .isEqualTo(r.needs().contains("EXPORT") ? 1 : 0);
                }
                if (r.comment() != null) {
                    String expected = r.comment().startsWith("=") ? "'" + r.comment() : r.comment();
                    assertThat(row.getCell(col.get("comment")).getStringCellValue()).as("formula-safe")
                            .isEqualTo(expected);
                }
            }
        }
        String csv = new String(mvc.perform(get("/api/v1/surveys/" + survey + "/responses.csv")
                .with(users.as(staff.username()))).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFresponse;completedAt;language;companyId;company;recipientId;");
        assertThat(csv.split("\r\n")).hasSize(rs.size() + 1);
        assertThat(csv).contains(";'=SUM(A1);").contains(";\"a;b \"\"q\"\"\";");

        // the results page renders the numbers and the cross-tab page its table
        String page = mvc.perform(get("/surveys/" + survey + "/results").with(users.as(staff.username())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("survey-chart").contains("Great");
        String ct = mvc.perform(get("/surveys/" + survey + "/results/" + q.get("sector") + "/crosstab?by=country")
                .with(users.as(staff.username()))).andReturn().getResponse().getContentAsString();
        assertThat(ct).contains("id=\"crosstab\"");

        // another organisation's staff: as if the survey did not exist
        String stranger = SurveyFixture.staff(ctx, "SRX").username();
        for (String uri : List.of("/results", "/results/" + q.get("sector") + "/crosstab", "/responses.xlsx",
                "/responses.csv", "/indicator-mappings")) {
            assertThat(mvc.perform(get("/api/v1/surveys/" + survey + uri).with(users.as(stranger))).andReturn()
                    .getResponse().getStatus()).as(uri).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/surveys/" + survey + "/results").with(users.as(stranger))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        // bad input: a text question cannot be cross-tabulated; an unknown dimension is refused
        assertThat(mvc.perform(get("/api/v1/surveys/" + survey + "/results/" + q.get("comment") + "/crosstab")
                .with(users.as(staff.username()))).andReturn().getResponse().getContentAsString())
                .contains("survey-crosstab-type");
        assertThat(mvc.perform(get("/api/v1/surveys/" + survey + "/results/" + q.get("sector")
                + "/crosstab?by=shoe-size").with(users.as(staff.username()))).andReturn().getResponse()
                .getContentAsString()).contains("survey-crosstab-dimension");
    }

    @Test
    void anonymousSurveysHideSmallCellsAndNeverShowWhoAnswered() throws Exception {
        SurveySpec s = SurveyFixture.spec(null);
        long survey = SurveyFixture.create(ctx, users, staff.username(), new SurveySpec(s.kind(), true,
                s.fallbackLanguage(), s.titles(), s.intros(), s.closesOn(), s.partnershipId(), s.projectId(),
                s.sections()));
        Map<String, Long> q = SurveyResultTestData.questionIds(definitions, survey);
        // municipality → sectors answered: Ålesund retail ×4, industry ×2; Giske retail ×1, services ×2
        Map<Long, List<String>> answers = Map.of(alesund, List.of("retail", "retail", "retail", "retail", "industry",
                "industry"), giske, List.of("retail", "services", "services"));
        SurveyResultTestData data = new SurveyResultTestData(jdbc);
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        int n = 0;
        for (var e : answers.entrySet()) {
            for (String sector : e.getValue()) {
                data.respond(survey, q, null, e.getKey(), "NO", "WOMEN", true, at.plusSeconds(n++),
                        List.of(option("sector", sector), text("comment", "Comment " + n), number("satisfaction", 3)));
            }
        }
        String t = json(staff.username(), "/api/v1/surveys/" + survey + "/results/" + q.get("sector")
                + "/crosstab?by=municipality");
        assertThat((Boolean) JsonPath.read(t, "$.suppression")).isTrue();
        List<String> columns = JsonPath.read(t, "$.columns[*].key");
        List<String> rows = JsonPath.read(t, "$.rows[*].key");
        long[][] expected = new long[rows.size() + 1][columns.size() + 1];
        boolean[][] hidden = new boolean[rows.size() + 1][columns.size() + 1];
        for (int i = 0; i <= rows.size(); i++) {
            for (int j = 0; j <= columns.size(); j++) {
                List<String> inRow = i < rows.size() ? answers.get(Long.valueOf(rows.get(i)))
                        : answers.values().stream().flatMap(List::stream).toList();
                String c = j < columns.size() ? columns.get(j) : null;
                expected[i][j] = inRow.stream().filter(x -> c == null || x.equals(c)).count();
                String path = i < rows.size() ? (j < columns.size() ? "$.rows[" + i + "].cells[" + j + "]"
                        : "$.rows[" + i + "].total") : (j < columns.size() ? "$.columnTotals[" + j + "]" : "$.total");
                hidden[i][j] = JsonPath.read(t, path + ".suppressed");
                if (hidden[i][j]) {
                    assertThat((Object) JsonPath.read(t, path + ".count")).isNull();
                    assertThat((String) JsonPath.read(t, path + ".display")).isEqualTo("< 3");
                } else {
                    assertThat(((Integer) JsonPath.read(t, path + ".count")).longValue()).as(path)
                            .isEqualTo(expected[i][j]);
                }
            }
        }
        SurveyResultDomainTest.assertLinesSafe(expected, hidden);
        assertThat(hidden[rows.indexOf(String.valueOf(giske))][columns.indexOf("retail")]).isTrue();

        // nothing names who answered: no company with the texts, no company or recipient or snapshot columns
        String body = json(staff.username(), "/api/v1/surveys/" + survey + "/results");
        List<Object> companies = JsonPath.read(body, "$.questions[*].texts[*].companyId");
        assertThat(companies).allSatisfy(c -> assertThat(c).isNull());
        List<String> texts = JsonPath.read(body, "$.questions[?(@.code == 'comment')].texts[*].text");
        assertThat(texts).hasSize(9);
        String csv = new String(mvc.perform(get("/api/v1/surveys/" + survey + "/responses.csv")
                .with(users.as(staff.username()))).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        String header = csv.substring(1, csv.indexOf("\r\n"));
        assertThat(header).startsWith("response;completedOn;language;sector;")
                .doesNotContain("company").doesNotContain("recipient").doesNotContain("municipality");
    }

    static long countOf(String body, String question, String key) {
        List<Integer> c = JsonPath.read(body, "$.questions[?(@.code == '" + question + "')].counts[?(@.key == '" + key
                + "')].count");
        return c.isEmpty() ? -1 : c.get(0);
    }

    static BigDecimal percentOf(String body, String question, String key) {
        List<Object> c = JsonPath.read(body, "$.questions[?(@.code == '" + question + "')].counts[?(@.key == '" + key
                + "')].percent");
        return new BigDecimal(c.get(0).toString());
    }

    static String read(String body, String question, String field) {
        List<Object> v = JsonPath.read(body, "$.questions[?(@.code == '" + question + "')]." + field);
        return v.get(0).toString();
    }

    static Map<String, Long> count(List<R> rs, Function<R, Set<String>> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        rs.forEach(r -> keys.apply(r).forEach(k -> m.merge(k, 1L, Long::sum)));
        return m;
    }

    static BigDecimal pct(long part, long total) {
        return BigDecimal.valueOf(part * 100.0 / total).setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(List<Integer> values) {
        return BigDecimal.valueOf(values.stream().mapToInt(i -> i).sum())
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
