package no.kobling.survey.answer.application;

import java.util.Map;
import java.util.Set;
import no.kobling.survey.answer.application.SurveyAnswerService.State;
import no.kobling.survey.answer.domain.SurveyResponse;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.SurveyLinks;

/** The survey and link of one call; {@code response} is set by the first post. */
final class SurveyAnswerContext {

    final SurveyDef survey;
    final SurveyLinks.Link link;
    SurveyResponse response;
    final String linkLanguage;
    Map<Long, SurveyDefinitions.NumberRange> ranges;

    SurveyAnswerContext(SurveyDef survey, SurveyLinks.Link link, SurveyResponse response, String linkLanguage) {
        this.survey = survey;
        this.link = link;
        this.response = response;
        this.linkLanguage = linkLanguage;
    }

    String language() {
        if (response != null) {
            return response.getLanguage();
        }
        return linkLanguage;
    }

    /** What the page shows for this call. */
    State state(String language, int page, Set<Long> visible, Map<Long, SurveyAnswerInput> values,
            String resumeToken) {
        SurveyResponse r = response;
        return new State(survey, r == null ? null : r.getId(), link != null && link.recipientId() != null,
                language, page, Set.copyOf(visible), Map.copyOf(values), resumeToken, r != null && r.isComplete());
    }
}
