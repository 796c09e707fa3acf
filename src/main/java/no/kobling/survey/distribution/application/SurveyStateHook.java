package no.kobling.survey.distribution.application;

import java.util.ArrayList;
import java.util.List;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.application.SurveyBuilderService;
import no.kobling.survey.definition.domain.Survey;
import no.kobling.survey.definition.persistence.SurveyRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Opens and closes surveys through the definition part's builder (its rules and audit), and lists the open ones. */
@Component
class SurveyStateHook {

    private final SurveyBuilderService builder;
    private final SurveyRepository surveys;

    SurveyStateHook(SurveyBuilderService builder, SurveyRepository surveys) {
        this.builder = builder;
        this.surveys = surveys;
    }

    /** Opens a draft survey until its own closing date. */
    void open(long surveyId) {
        builder.open(surveyId, null);
    }

    void close(long surveyId) {
        builder.close(surveyId);
    }

    /** Ids of every open survey (for the daily job). */
    List<Long> openSurveyIds() {
        List<Long> ids = new ArrayList<>();
        int page = 0;
        Page<Survey> found;
        do {
            found = surveys.findAllByStatus(List.of(Status.OPEN), PageRequest.of(page++, 500, Sort.by("id")));
            found.forEach(s -> ids.add(s.getId()));
        } while (found.hasNext());
        return ids;
    }
}
