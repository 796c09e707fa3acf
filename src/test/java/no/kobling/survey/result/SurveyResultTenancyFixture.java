package no.kobling.survey.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.identity.TestUsers;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.answer.application.SurveyResponseCompleted;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.survey.result.application.SurveyCompanyService;
import no.kobling.survey.result.application.SurveyIndicatorMappingService;
import no.kobling.survey.result.domain.SurveyIndicatorMapping.Aggregation;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records of tenant X for {@code CrossTenantApiTest} (survey results): a survey of X tied to a project of X, a
 * completed response of company X with a need, the need suggestion its completion gives and an indicator mapping. Answers path
 * template → ids of X's records.
 */
public final class SurveyResultTenancyFixture {

    private SurveyResultTenancyFixture() {
    }

    public static Map<String, List<Long>> ids(ApplicationContext context, TestUsers users, String xUser,
            long partnershipP, long companyX, long municipality) {
        long plain = context.getBean(ProjectTypeRepository.class).findByCode("PLAIN").orElseThrow().getId();
        return users.actingAs(xUser, () -> {
            long project = context.getBean(ProjectService.class).create(new ProjectData(TestUsers.unique(
                    "Survey X"), plain, partnershipP, null, null, LocalDate.of(2026, 1, 1), null, "g", "d",
                    Set.of(municipality), Set.of(), List.of())).getId();
            SurveySpec s = SurveyFixture.spec(null);
            long survey = SurveyFixture.create(context, users, xUser, new SurveySpec(s.kind(), false,
                    s.fallbackLanguage(), s.titles(), s.intros(), null, partnershipP, project, s.sections()));
            Map<String, Long> q = SurveyResultTestData.questionIds(context.getBean(SurveyDefinitions.class), survey);
            long response = new SurveyResultTestData(context.getBean(JdbcTemplate.class)).respond(survey, q,
                    companyX, municipality, "NO", "", true, Instant.parse("2026-02-01T10:00:00Z"),
                    List.of(SurveyResultTestData.A.option("sector", "retail"),
                            SurveyResultTestData.A.option("needs", "EXPORT")));
            // written straight into the tables, so completion is announced here: that draws the need suggestion
            context.publishEvent(new SurveyResponseCompleted(survey, response, companyX));
            long suggestion = context.getBean(SurveyCompanyService.class).ofCompany(companyX, java.util.Locale.ENGLISH)
                    .suggestions().get(0).id();
            long mapping = context.getBean(SurveyIndicatorMappingService.class).create(survey,
                    new SurveyIndicatorMappingService.MappingCommand(q.get("employees"), null, null,
                            TestUsers.unique("x").toLowerCase(java.util.Locale.ROOT), Aggregation.SUM, null, null))
                    .getId();
            Map<String, List<Long>> m = new LinkedHashMap<>();
            String v1 = "/api/v1/surveys/{id}";
            m.put(v1 + "/results", List.of(survey));
            m.put(v1 + "/results/{questionId}/crosstab", List.of(survey, q.get("sector")));
            m.put(v1 + "/responses.xlsx", List.of(survey));
            m.put(v1 + "/responses.csv", List.of(survey));
            m.put(v1 + "/indicator-mappings", List.of(survey));
            m.put(v1 + "/indicator-mappings/{mappingId}", List.of(survey, mapping));
            m.put("/api/v1/survey-need-suggestions/{id}/confirm", List.of(suggestion));
            m.put("/api/v1/survey-need-suggestions/{id}/dismiss", List.of(suggestion));
            return m;
        });
    }
}
