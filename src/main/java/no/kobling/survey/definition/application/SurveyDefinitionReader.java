package no.kobling.survey.definition.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.domain.QuestionTexts;
import no.kobling.survey.definition.domain.Survey;
import no.kobling.survey.definition.domain.SurveyQuestion;
import no.kobling.survey.definition.domain.SurveySection;
import no.kobling.survey.definition.persistence.SurveyRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read model of surveys for the rest of the survey module (no permission check: see the contract). */
@Component
class SurveyDefinitionReader implements SurveyDefinitions {

    private final SurveyRepository surveys;

    SurveyDefinitionReader(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SurveyDef> find(long surveyId) {
        return surveys.findById(surveyId).map(this::toDef);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, NumberRange> numberRanges(long surveyId) {
        Map<Long, NumberRange> ranges = new java.util.LinkedHashMap<>();
        surveys.findById(surveyId).ifPresent(s -> s.questions().stream()
                .filter(q -> q.getType() == QuestionType.NUMBER)
                .forEach(q -> ranges.put(q.getId(), new NumberRange(q.getNumberMin(), q.getNumberMax()))));
        return ranges;
    }

    SurveyDef toDef(Survey s) {
        Map<String, Long> idsByCode = new HashMap<>();
        for (SurveyQuestion q : s.questions()) {
            idsByCode.put(q.getCode(), q.getId());
        }
        List<SectionDef> sections = s.getSections().stream().map(section -> section(section, idsByCode)).toList();
        return new SurveyDef(s.getId(), s.getOwnerOrganisationId(), s.getPartnershipId(), s.getProjectId(),
                s.getKind(), s.isAnonymous(), s.getStatus(), s.getClosesOn(), s.getFallbackLanguage(),
                Map.copyOf(s.titles()), Map.copyOf(s.intros()), sections);
    }

    private SectionDef section(SurveySection section, Map<String, Long> idsByCode) {
        return new SectionDef(section.getId(), section.getPosition(), Map.copyOf(section.getTitles()),
                section.getQuestions().stream().map(q -> question(q, idsByCode)).toList());
    }

    private QuestionDef question(SurveyQuestion q, Map<String, Long> idsByCode) {
        Scale scale = q.getScaleMin() == null ? null
                : new Scale(q.getScaleMin(), q.getScaleMax(), Map.copyOf(q.textMap(QuestionTexts::getMinLabel)),
                        Map.copyOf(q.textMap(QuestionTexts::getMaxLabel)));
        Condition condition = q.getConditionQuestion() == null || !idsByCode.containsKey(q.getConditionQuestion())
                ? null : new Condition(idsByCode.get(q.getConditionQuestion()), q.getConditionOptions());
        return new QuestionDef(q.getId(), q.getCode(), q.getPosition(), q.getType(), q.isRequired(),
                Map.copyOf(q.textMap(QuestionTexts::getText)), Map.copyOf(q.textMap(QuestionTexts::getHelp)),
                q.getOptions().stream().map(o -> new OptionDef(o.getId(), o.getCode(), Map.copyOf(o.getLabels())))
                        .toList(),
                q.getItems().stream().map(i -> new ItemDef(i.getId(), i.getCode(), Map.copyOf(i.getLabels())))
                        .toList(),
                scale, condition);
    }
}
