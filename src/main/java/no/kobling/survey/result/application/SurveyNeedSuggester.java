package no.kobling.survey.result.application;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.survey.answer.application.SurveyResponseCompleted;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.result.domain.SurveyNeedSuggestion;
import no.kobling.survey.result.domain.SurveyResponseData;
import no.kobling.survey.result.persistence.SurveyNeedSuggestionRepository;
import no.kobling.survey.result.persistence.SurveyResultQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Draws need suggestions when a response is completed (docs/surveys.md "Needs from a survey"): each chosen option of
 * a single or multiple choice question whose code is a need code of the advisory taxonomy suggests that need for the
 * answering company, once per response and need. Runs in the completing transaction (a plain, synchronous listener),
 * so a completed response always has its suggestions; anonymous responses (no company) suggest nothing. Advisors
 * decide them in {@link SurveyCompanyService#decide}.
 */
@Component
class SurveyNeedSuggester {

    private final SurveyDefinitions definitions;
    private final SurveyResultQueries queries;
    private final SurveyNeedSuggestionRepository suggestions;
    private final Clock clock;

    SurveyNeedSuggester(SurveyDefinitions definitions, SurveyResultQueries queries,
            SurveyNeedSuggestionRepository suggestions, Clock clock) {
        this.definitions = definitions;
        this.queries = queries;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    @EventListener
    void completed(SurveyResponseCompleted event) {
        if (event.companyId() == null) {
            return;
        }
        Optional<SurveyDef> def = definitions.find(event.surveyId()).filter(d -> !d.anonymous());
        Optional<SurveyResponseData> response = queries.completedResponse(event.responseId());
        if (def.isPresent() && response.isPresent()) {
            suggest(def.get(), response.get());
        }
    }

    void suggest(SurveyDef def, SurveyResponseData r) {
        if (r.companyId() == null) {
            return;
        }
        Set<Long> choiceQuestions = def.questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE)
                .map(q -> q.id()).collect(Collectors.toSet());
        r.answers().stream().filter(a -> choiceQuestions.contains(a.questionId()))
                .map(a -> SurveyCompanyService.needCode(a.optionCode())).flatMap(Optional::stream).distinct()
                .filter(code -> !suggestions.existsByResponseIdAndNeedCode(r.id(), code))
                .forEach(code -> suggestions.save(new SurveyNeedSuggestion(def.id(), r.id(), r.companyId(), code,
                        clock.instant())));
    }
}
