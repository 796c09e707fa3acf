package no.kobling.survey.definition.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.survey.definition.SurveyDefinitions.Kind;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;

/**
 * A survey as data: what the API creates and returns, what templates and copies are made from and what the builder
 * checks ({@link SurveyRules}). Texts are maps language → text. Null lists and maps count as empty.
 */
public record SurveySpec(Kind kind, Boolean anonymous, String fallbackLanguage, Map<String, String> titles,
        Map<String, String> intros, LocalDate closesOn, Long partnershipId, Long projectId,
        List<SectionSpec> sections) {

    public SurveySpec {
        titles = Texts.copy(titles);
        intros = Texts.copy(intros);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** A section (page) and its questions. */
    public record SectionSpec(Map<String, String> titles, List<QuestionSpec> questions) {

        public SectionSpec {
            titles = Texts.copy(titles);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /**
     * A question. {@code options} for single and multiple choice, {@code items} for a matrix, {@code scaleMin} and
     * {@code scaleMax} (1–5 or 0–10) for scale and matrix, {@code numberMin}/{@code numberMax} (optional) for number;
     * {@code conditionQuestion} the code of an earlier choice question and {@code conditionOptions} its option codes
     * that show this question.
     */
    public record QuestionSpec(String code, QuestionType type, Boolean required, Map<String, String> texts,
            Map<String, String> helps, List<ChoiceSpec> options, List<ChoiceSpec> items, Integer scaleMin,
            Integer scaleMax, Map<String, String> minLabels, Map<String, String> maxLabels, BigDecimal numberMin,
            BigDecimal numberMax, String conditionQuestion, Set<String> conditionOptions) {

        public QuestionSpec {
            texts = Texts.copy(texts);
            helps = Texts.copy(helps);
            options = options == null ? List.of() : List.copyOf(options);
            items = items == null ? List.of() : List.copyOf(items);
            minLabels = Texts.copy(minLabels);
            maxLabels = Texts.copy(maxLabels);
            conditionQuestion = conditionQuestion == null || conditionQuestion.isBlank() ? null
                    : conditionQuestion.strip();
            conditionOptions = conditionOptions == null ? Set.of() : Set.copyOf(conditionOptions);
        }

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }
    }

    /** An option of a choice question or an item of a matrix: a stable code and its labels. */
    public record ChoiceSpec(String code, Map<String, String> labels) {

        public ChoiceSpec {
            code = code == null ? null : code.strip();
            labels = Texts.copy(labels);
        }
    }
}
