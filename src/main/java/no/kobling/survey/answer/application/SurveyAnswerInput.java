package no.kobling.survey.answer.application;

import java.util.List;
import java.util.Map;

/**
 * What a respondent sent for one question, as text: {@code values} the option codes (choices) or the one value
 * (scale, number, date, text); {@code items} a matrix's values by item code.
 */
public record SurveyAnswerInput(List<String> values, Map<String, String> items) {

    public SurveyAnswerInput {
        values = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
        items = items == null ? Map.of() : Map.copyOf(items.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null && !e.getValue().isBlank())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a)));
    }

    public static SurveyAnswerInput of(String... values) {
        return new SurveyAnswerInput(List.of(values), Map.of());
    }

    public boolean isEmpty() {
        return values.isEmpty() && items.isEmpty();
    }
}
