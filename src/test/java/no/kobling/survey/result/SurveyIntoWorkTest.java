package no.kobling.survey.result;

import static no.kobling.survey.result.SurveyResultTestData.A.item;
import static no.kobling.survey.result.SurveyResultTestData.A.number;
import static no.kobling.survey.result.SurveyResultTestData.A.option;
import static no.kobling.survey.result.SurveyResultTestData.A.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.indicator.IndicatorSource;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Survey answers into the work (issue 15 point 6): need suggestions that an advisor confirms (the company's need is
 * assessed) or dismisses, the company's survey page, and effect-survey questions mapped to survey-* indicators of the
 * project, whose values the test computes on its own.
 */
@IntegrationTest
class SurveyIntoWorkTest {

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

    @BeforeEach
    void setUp() {
        users = new TestUsers(ctx.getBean(UserAdministration.class),
                ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                ctx.getBean(no.kobling.identity.application.ApiTokenService.class));
        staff = SurveyFixture.staff(ctx, "SW");
        alesund = ctx.getBean(Geography.class).municipalityByCode("NO", "1508").orElseThrow().id();
    }

    long company(String name) {
        Companies companies = ctx.getBean(Companies.class);
        return SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique(name), "AS", "62.01", alesund, 3, null,
                Set.of())));
    }

    MockHttpServletResponse call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).accept(MediaType.APPLICATION_JSON)).andReturn()
                .getResponse();
    }

    MockHttpServletResponse postJson(String user, String uri, String body) throws Exception {
        return call(user, post(uri).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /**
     * The company's survey page lists its answers; looking at it draws no need suggestions (they are made when a
     * response is completed: SurveyNeedSuggestionTest). This response is written straight into the tables, so it
     * never went through completion and has none.
     */
    @Test
    void theCompanyPageListsTheAnswersAndLookingStoresNoSuggestion() throws Exception {
        long survey = SurveyFixture.create(ctx, users, staff.username());
        Map<String, Long> q = SurveyResultTestData.questionIds(definitions, survey);
        long c = company("Needy");
        new SurveyResultTestData(jdbc).respond(survey, q, c, alesund, "NO", "", true,
                Instant.parse("2026-03-01T09:00:00Z"), List.of(option("sector", "retail"), option("needs", "EXPORT"),
                        option("needs", "RECRUITMENT"), number("satisfaction", 4), text("comment", "Hello")));

        MockHttpServletResponse page = call(staff.username(), get("/companies/" + c + "/surveys")
                .accept(MediaType.TEXT_HTML));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Hello");
        String list = call(staff.username(), get("/api/v1/companies/" + c + "/survey-need-suggestions"))
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(list, "$[*].needCode")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from survey_need_suggestion where company_id = ?",
                Integer.class, c)).isZero();

        // the company page links to the survey answers for survey staff
        assertThat(call(staff.username(), get("/companies/" + c).accept(MediaType.TEXT_HTML)).getContentAsString())
                .contains("/companies/" + c + "/surveys");
    }

    @Test
    void mappedQuestionsAreIndicatorsOfTheProjectWithTheValuesTheTestComputes() throws Exception {
        long plain = ctx.getBean(ProjectTypeRepository.class).findByCode("PLAIN").orElseThrow().getId();
        long project = users.actingAs(staff.username(), () -> ctx.getBean(ProjectService.class).create(
                new ProjectData(TestUsers.unique("Effect"), plain, staff.partnershipId(), null, null,
                        LocalDate.of(2026, 1, 1), null, "g", "d", Set.of(alesund), Set.of(), List.of()))).getId();
        SurveySpec s = SurveyFixture.spec(null);
        long survey = SurveyFixture.create(ctx, users, staff.username(), new SurveySpec(s.kind(), false,
                s.fallbackLanguage(), s.titles(), s.intros(), s.closesOn(), staff.partnershipId(), project,
                s.sections()));
        long unbound = SurveyFixture.create(ctx, users, staff.username());
        Map<String, Long> q = SurveyResultTestData.questionIds(definitions, survey);
        String base = "/api/v1/surveys/" + survey + "/indicator-mappings";

        MockHttpServletResponse created = postJson(staff.username(), base, "{\"questionId\":" + q.get("employees")
                + ",\"slug\":\"new-jobs\",\"aggregation\":\"SUM\"}");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat((String) JsonPath.read(created.getContentAsString(), "$.code")).isEqualTo("survey-new-jobs");
        assertThat((String) JsonPath.read(created.getContentAsString(), "$.names.fi")).isEqualTo("Työntekijöiden määrä");
        assertThat(postJson(staff.username(), base, "{\"questionId\":" + q.get("needs")
                + ",\"optionCode\":\"EXPORT\",\"slug\":\"wants-export\",\"aggregation\":\"COUNT\"}").getStatus())
                .isEqualTo(201);
        assertThat(postJson(staff.username(), base, "{\"questionId\":" + q.get("satisfaction")
                + ",\"slug\":\"satisfaction\",\"aggregation\":\"MEAN\"}").getStatus()).isEqualTo(201);
        assertThat(postJson(staff.username(), base, "{\"questionId\":" + q.get("matrix")
                + ",\"itemCode\":\"quality\",\"slug\":\"quality\",\"aggregation\":\"MEAN\"}").getStatus())
                .isEqualTo(201);

        // bad input
        assertThat(postJson(staff.username(), base, "{\"questionId\":" + q.get("comment")
                + ",\"slug\":\"comment\",\"aggregation\":\"SUM\"}").getContentAsString())
                .contains("survey-mapping-aggregation");
        assertThat(postJson(staff.username(), base, "{\"questionId\":" + q.get("needs")
                + ",\"optionCode\":\"NOPE\",\"slug\":\"nope\",\"aggregation\":\"COUNT\"}").getContentAsString())
                .contains("survey-mapping-aggregation");
        assertThat(postJson(staff.username(), base, "{\"questionId\":" + q.get("employees")
                + ",\"slug\":\"Bad Slug\",\"aggregation\":\"SUM\"}").getContentAsString())
                .contains("survey-mapping-slug");
        MockHttpServletResponse taken = postJson(staff.username(), base, "{\"questionId\":" + q.get("employees")
                + ",\"slug\":\"new-jobs\",\"aggregation\":\"SUM\"}");
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(taken.getContentAsString()).contains("survey-mapping-code-taken");
        Map<String, Long> uq = SurveyResultTestData.questionIds(definitions, unbound);
        assertThat(postJson(staff.username(), "/api/v1/surveys/" + unbound + "/indicator-mappings",
                "{\"questionId\":" + uq.get("employees") + ",\"slug\":\"free\",\"aggregation\":\"SUM\"}")
                .getContentAsString()).contains("survey-mapping-no-project");
        String stranger = SurveyFixture.staff(ctx, "SWY").username();
        assertThat(postJson(stranger, base, "{\"questionId\":" + q.get("employees")
                + ",\"slug\":\"theirs\",\"aggregation\":\"SUM\"}").getStatus()).isEqualTo(404);

        // responses: three companies in 2026 (one twice), one in 2025 (outside the period)
        SurveyResultTestData data = new SurveyResultTestData(jdbc);
        long c1 = company("E1");
        long c2 = company("E2");
        long c3 = company("E3");
        long c4 = company("E4");
        record E(long company, String day, int employees, boolean export, int satisfaction, int quality) {
        }
        List<E> es = List.of(new E(c1, "2026-02-01", 3, true, 5, 4), new E(c2, "2026-03-01", 2, false, 3, 5),
                new E(c3, "2026-04-01", 0, true, 4, 2), new E(c1, "2026-05-01", 1, true, 2, 3),
                new E(c4, "2025-06-01", 40, true, 1, 1));
        for (E e : es) {
            data.respond(survey, q, e.company(), alesund, "NO", "", true,
                    Instant.parse(e.day() + "T10:00:00Z"), e.export()
                            ? List.of(option("sector", "retail"), option("needs", "EXPORT"),
                                    number("employees", e.employees()), number("satisfaction", e.satisfaction()),
                                    item("matrix", "quality", e.quality()))
                            : List.of(option("sector", "retail"), number("employees", e.employees()),
                                    number("satisfaction", e.satisfaction()), item("matrix", "quality", e.quality())));
        }
        List<E> in2026 = es.stream().filter(e -> e.day().startsWith("2026")).toList();
        BigDecimal jobs = BigDecimal.valueOf(in2026.stream().mapToInt(E::employees).sum());
        long exporters = in2026.stream().filter(E::export).count();
        long exportCompanies = in2026.stream().filter(E::export).map(E::company).distinct().count();
        BigDecimal satisfaction = BigDecimal.valueOf(in2026.stream().mapToInt(E::satisfaction).sum())
                .divide(BigDecimal.valueOf(in2026.size()), 2, RoundingMode.HALF_UP);
        BigDecimal quality = BigDecimal.valueOf(in2026.stream().mapToInt(E::quality).sum())
                .divide(BigDecimal.valueOf(in2026.size()), 2, RoundingMode.HALF_UP);
        long companies = in2026.stream().map(E::company).distinct().count();

        IndicatorSource source = ctx.getBean("surveyIndicatorSource", IndicatorSource.class);
        assertThat(source.definitions(project)).extracting(IndicatorSource.Definition::code).containsExactly(
                "survey-new-jobs", "survey-wants-export", "survey-satisfaction", "survey-quality");
        assertThat(source.definitions(project).get(0).unitNames()).containsKeys("nb", "nn", "sv", "fi", "en");
        Map<String, IndicatorSource.SourceValue> v = source.values(project, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        assertThat(v.get("survey-new-jobs").value()).isEqualByComparingTo(jobs);
        assertThat(v.get("survey-new-jobs").subjects()).isEqualTo(companies);
        assertThat(v.get("survey-wants-export").value()).isEqualByComparingTo(BigDecimal.valueOf(exporters));
        assertThat(v.get("survey-wants-export").subjects()).isEqualTo(exportCompanies);
        assertThat(v.get("survey-satisfaction").value()).isEqualByComparingTo(satisfaction);
        assertThat(v.get("survey-quality").value()).isEqualByComparingTo(quality);
        // another project has none of them
        assertThat(source.definitions(project + 1_000_000)).isEmpty();
        // the project's results (issue 14's API) carry them with the same values
        String results = call(staff.username(), get("/api/v1/projects/" + project + "/results")
                .param("from", "2026-01-01").param("to", "2026-12-31")).getContentAsString();
        assertThat(new BigDecimal(JsonPath.read(results, "$.indicators[?(@.code == 'survey-new-jobs')].value")
                .toString().replaceAll("[\\[\\]]", ""))).as(results).isEqualByComparingTo(jobs);
        assertThat(new BigDecimal(JsonPath.read(results, "$.indicators[?(@.code == 'survey-wants-export')].value")
                .toString().replaceAll("[\\[\\]]", ""))).isEqualByComparingTo(BigDecimal.valueOf(exporters));

        // the mappings list and the results page's form
        String mappings = call(staff.username(), get(base)).getContentAsString();
        assertThat((List<String>) JsonPath.read(mappings, "$[*].code")).hasSize(4);
        long mappingId = ((Number) ((List<?>) JsonPath.read(mappings, "$[?(@.code == 'survey-quality')].id")).get(0))
                .longValue();
        assertThat(call(staff.username(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete(base + "/" + mappingId)).getStatus()).isEqualTo(204);
        assertThat(source.definitions(project)).hasSize(3);
        assertThat(call(staff.username(), get("/surveys/" + survey + "/results").accept(MediaType.TEXT_HTML))
                .getContentAsString()).contains("id=\"mapping-form\"").contains("survey-new-jobs");
    }
}
