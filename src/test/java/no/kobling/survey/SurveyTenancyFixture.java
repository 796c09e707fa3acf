package no.kobling.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.identity.TestUsers;
import no.kobling.survey.definition.SurveyDefinitions;
import org.springframework.context.ApplicationContext;

/**
 * Records of tenant X for {@code CrossTenantApiTest} (surveys, issue 15): the fixture survey of X as a draft.
 * Answers path template → ids of X's records.
 */
public final class SurveyTenancyFixture {

    private SurveyTenancyFixture() {
    }

    public static Map<String, List<Long>> ids(ApplicationContext context, TestUsers users, String xUser) {
        long survey = SurveyFixture.create(context, users, xUser);
        SurveyDefinitions.SurveyDef def = context.getBean(SurveyDefinitions.class).find(survey).orElseThrow();
        long section = def.sections().get(0).id();
        long question = def.questions().get(0).id();
        Map<String, List<Long>> m = new LinkedHashMap<>();
        String s = "/api/v1/surveys/{id}";
        for (String p : List.of("", "/copy", "/close", "/reopen", "/sections")) {
            m.put(s + p, List.of(survey));
        }
        for (String p : List.of("", "/move", "/questions")) {
            m.put(s + "/sections/{sectionId}" + p, List.of(survey, section));
        }
        for (String p : List.of("", "/move")) {
            m.put(s + "/questions/{questionId}" + p, List.of(survey, question));
        }
        return m;
    }
}
