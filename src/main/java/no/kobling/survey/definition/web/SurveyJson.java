package no.kobling.survey.definition.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.survey.definition.SurveyDefinitions.Kind;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.domain.QuestionTexts;
import no.kobling.survey.definition.domain.Survey;
import no.kobling.survey.definition.domain.SurveyQuestion;
import no.kobling.survey.definition.domain.SurveySection;

/** JSON of a survey with its whole structure (the API's answer). */
record SurveyJson(long id, long ownerOrganisationId, Long partnershipId, Long projectId, Kind kind, boolean anonymous,
        Status status, LocalDate closesOn, String fallbackLanguage, Map<String, String> titles,
        Map<String, String> intros, String templateCode, Long copiedFromId, Instant createdAt, String createdBy,
        long version, List<SectionJson> sections) {

    record SectionJson(long id, int position, Map<String, String> titles, List<QuestionJson> questions) {
    }

    record QuestionJson(long id, int position, String code, QuestionType type, boolean required,
            Map<String, String> texts, Map<String, String> helps, List<ChoiceJson> options, List<ChoiceJson> items,
            Integer scaleMin, Integer scaleMax, Map<String, String> minLabels, Map<String, String> maxLabels,
            BigDecimal numberMin, BigDecimal numberMax, String conditionQuestion, Set<String> conditionOptions,
            long version) {
    }

    record ChoiceJson(long id, String code, Map<String, String> labels) {
    }

    /** A survey in a list, without its structure. */
    record SummaryJson(long id, Kind kind, boolean anonymous, Status status, LocalDate closesOn,
            String fallbackLanguage, Map<String, String> titles, Long partnershipId, Long projectId, long version) {
    }

    static SummaryJson summary(Survey s) {
        return new SummaryJson(s.getId(), s.getKind(), s.isAnonymous(), s.getStatus(), s.getClosesOn(),
                s.getFallbackLanguage(), s.titles(), s.getPartnershipId(), s.getProjectId(), s.getVersion());
    }

    static SurveyJson of(Survey s) {
        return new SurveyJson(s.getId(), s.getOwnerOrganisationId(), s.getPartnershipId(), s.getProjectId(),
                s.getKind(), s.isAnonymous(), s.getStatus(), s.getClosesOn(), s.getFallbackLanguage(), s.titles(),
                s.intros(), s.getTemplateCode(), s.getCopiedFromId(), s.getCreatedAt(), s.getCreatedBy(),
                s.getVersion(), s.getSections().stream().map(SurveyJson::section).toList());
    }

    static SectionJson section(SurveySection s) {
        return new SectionJson(s.getId(), s.getPosition(), Map.copyOf(s.getTitles()),
                s.getQuestions().stream().map(SurveyJson::question).toList());
    }

    static QuestionJson question(SurveyQuestion q) {
        return new QuestionJson(q.getId(), q.getPosition(), q.getCode(), q.getType(), q.isRequired(),
                q.textMap(QuestionTexts::getText), q.textMap(QuestionTexts::getHelp),
                q.getOptions().stream().map(o -> new ChoiceJson(o.getId(), o.getCode(), Map.copyOf(o.getLabels())))
                        .toList(),
                q.getItems().stream().map(i -> new ChoiceJson(i.getId(), i.getCode(), Map.copyOf(i.getLabels())))
                        .toList(),
                q.getScaleMin(), q.getScaleMax(), q.textMap(QuestionTexts::getMinLabel),
                q.textMap(QuestionTexts::getMaxLabel), q.getNumberMin(), q.getNumberMax(), q.getConditionQuestion(),
                q.getConditionOptions(), q.getVersion());
    }
}
