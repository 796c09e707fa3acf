package no.kobling.survey.answer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.survey.answer.application.SurveyAnswerError;
import no.kobling.survey.answer.application.SurveyAnswerInput;
import no.kobling.survey.answer.application.SurveyAnswerService.State;
import no.kobling.survey.definition.SurveyDefinitions.ItemDef;
import no.kobling.survey.definition.SurveyDefinitions.OptionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;

/**
 * A page of the answer form as the template shows it: texts in the page's language, values, errors by field. Its
 * {@link Question}s are what the shared fragment {@code surveys/fragments/question.html} renders, for the answer pages
 * and for the builder's preview ({@link #questions}).
 */
public record SurveyAnswerView(String title, String intro, String sectionTitle, int page, int number, int count,
        boolean first, boolean last, String language, List<Question> questions) {

    public record Choice(String value, String label, boolean checked) {
    }

    public record Item(String code, String field, String label, List<Choice> choices, SurveyAnswerError error) {
    }

    /** One question; {@code conditionText} (the earlier question) and labels only where conditions are shown. */
    public record Question(long id, String field, String type, boolean required, String text, String help,
            List<Choice> choices, String value, String minLabel, String maxLabel, List<Item> items,
            List<SurveyAnswerError> errors, String conditionText, List<String> conditionLabels) {

        public boolean hasError() {
            return !errors.isEmpty();
        }

        public boolean hasCondition() {
            return conditionText != null;
        }

        public String errorId() {
            return field + "-error";
        }
    }

    /**
     * The view of the state's page. {@code shown}: the values to show (what was posted when the page comes back with
     * errors, else the stored answers).
     */
    static SurveyAnswerView of(State state, Map<Long, SurveyAnswerInput> shown, List<SurveyAnswerError> errors) {
        SurveyDef survey = state.survey();
        String lang = state.language();
        List<Question> questions = questions(survey, state.questions(), lang, shown, errors, false);
        return new SurveyAnswerView(survey.title(lang), state.page() == 0 ? blankToNull(survey.text(survey.intros(),
                lang)) : null, blankToNull(survey.text(state.section().titles(), lang)), state.page(), state.number(),
                state.count(), state.first(), state.last(), lang, questions);
    }

    /**
     * The questions in {@code lang} (fallback per text) with the values to show and the errors; with
     * {@code conditions}, each conditional question also names the earlier question and the options it waits for
     * (the builder's preview).
     */
    public static List<Question> questions(SurveyDef survey, List<QuestionDef> defs, String lang,
            Map<Long, SurveyAnswerInput> shown, List<SurveyAnswerError> errors, boolean conditions) {
        List<Question> questions = new ArrayList<>();
        for (QuestionDef q : defs) {
            SurveyAnswerInput in = shown.getOrDefault(q.id(), new SurveyAnswerInput(List.of(), Map.of()));
            List<SurveyAnswerError> own = errors.stream().filter(e -> e.questionId() == q.id()).toList();
            Set<String> chosen = Set.copyOf(in.values());
            List<Choice> choices = new ArrayList<>();
            String minLabel = null;
            String maxLabel = null;
            List<Item> items = new ArrayList<>();
            switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    for (OptionDef o : q.options()) {
                        choices.add(new Choice(o.code(), survey.text(o.labels(), lang), chosen.contains(o.code())));
                    }
                }
                case SCALE -> {
                    choices.addAll(scale(q, in.values().isEmpty() ? null : in.values().get(0)));
                    minLabel = blankToNull(q.scale() == null ? null : survey.text(q.scale().minLabels(), lang));
                    maxLabel = blankToNull(q.scale() == null ? null : survey.text(q.scale().maxLabels(), lang));
                }
                case MATRIX -> {
                    minLabel = blankToNull(q.scale() == null ? null : survey.text(q.scale().minLabels(), lang));
                    maxLabel = blankToNull(q.scale() == null ? null : survey.text(q.scale().maxLabels(), lang));
                    for (ItemDef item : q.items()) {
                        SurveyAnswerError e = own.stream().filter(x -> item.code().equals(x.itemCode())).findFirst()
                                .orElse(null);
                        items.add(new Item(item.code(), "q" + q.id() + "." + item.code(),
                                survey.text(item.labels(), lang), scale(q, in.items().get(item.code())), e));
                    }
                }
                default -> {
                }
            }
            String value = in.values().isEmpty() ? null : in.values().get(0);
            String conditionText = null;
            List<String> conditionLabels = List.of();
            if (conditions && q.condition() != null) {
                QuestionDef on = survey.question(q.condition().questionId()).orElse(null);
                if (on != null) {
                    conditionText = survey.text(on.texts(), lang);
                    conditionLabels = on.options().stream()
                            .filter(o -> q.condition().optionCodes().contains(o.code()))
                            .map(o -> survey.text(o.labels(), lang)).toList();
                }
            }
            questions.add(new Question(q.id(), "q" + q.id(), q.type().name(), q.required(),
                    survey.text(q.texts(), lang), blankToNull(survey.text(q.helps(), lang)), choices, value, minLabel,
                    maxLabel, items, own.stream().filter(e -> q.type().name().equals("MATRIX") ? e.itemCode() == null
                            : true).collect(Collectors.toList()), conditionText, conditionLabels));
        }
        return questions;
    }

    private static List<Choice> scale(QuestionDef q, String value) {
        int min = q.scale() == null ? 1 : q.scale().min();
        int max = q.scale() == null ? 5 : q.scale().max();
        List<Choice> choices = new ArrayList<>();
        for (int i = min; i <= max; i++) {
            choices.add(new Choice(String.valueOf(i), String.valueOf(i), String.valueOf(i).equals(value)));
        }
        return choices;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
