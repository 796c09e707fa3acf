package no.kobling.survey.distribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.identity.TestUsers;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.distribution.application.SurveyAudience;
import no.kobling.survey.distribution.application.SurveyConsentService;
import no.kobling.survey.distribution.application.SurveySendService;
import org.springframework.context.ApplicationContext;

/**
 * Records of tenant X for {@code CrossTenantApiTest} (survey distribution): a survey of X with one recipient (a person
 * with consent). Answers path template → ids of X's records.
 */
public final class SurveySendTenancyFixture {

    private SurveySendTenancyFixture() {
    }

    public static Map<String, List<Long>> ids(ApplicationContext context, TestUsers users, String xUser) {
        SurveySendService send = context.getBean(SurveySendService.class);
        return users.actingAs(xUser, () -> {
            long survey = SurveyFixture.create(context, users, xUser);
            String email = TestUsers.unique("x") + "@example.org";
            context.getBean(SurveyConsentService.class).record(null, email, "recorded-by-staff", "By phone",
                    java.time.Instant.now(), xUser);
            long recipient = send.add(survey, new SurveyAudience(SurveyAudience.Kind.PERSON, null, null, email, "X",
                    "nb")).added().get(0).id();
            Map<String, List<Long>> m = new LinkedHashMap<>();
            String p = "/api/v1/surveys/{id}";
            for (String s : List.of("/recipients", "/recipients/preview", "/send", "/remind", "/open-link")) {
                m.put(p + s, List.of(survey));
            }
            m.put(p + "/recipients/{recipientId}/language", List.of(survey, recipient));
            return m;
        });
    }
}
