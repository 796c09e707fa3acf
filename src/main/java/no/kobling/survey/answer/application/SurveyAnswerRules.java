package no.kobling.survey.answer.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.survey.answer.domain.SurveyAnswer;
import no.kobling.survey.definition.SurveyDefinitions.ItemDef;
import no.kobling.survey.definition.SurveyDefinitions.NumberRange;
import no.kobling.survey.definition.SurveyDefinitions.OptionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SectionDef;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;

/**
 * The answering rules, without state: which questions show (conditions on earlier answers, a hidden question hides
 * the questions that depend on it), and whether an answer fits its question (required, options, scale, number,
 * date, length). Stored answers and posted ones both travel as {@link SurveyAnswerInput} by question id.
 */
public final class SurveyAnswerRules {

    static final int MAX_TEXT = 4000;
    /** numeric(19, 4): at most 15 digits before the decimal point. */
    static final BigDecimal MAX_NUMBER = new BigDecimal("1e15");

    private SurveyAnswerRules() {
    }

    /** A value to store: one row of survey_answer without its response. */
    public record Row(long questionId, String itemCode, String optionCode, BigDecimal numberValue,
            LocalDate dateValue, String textValue) {

        SurveyAnswer toAnswer(long responseId) {
            return new SurveyAnswer(responseId, questionId, itemCode, optionCode, numberValue, dateValue, textValue);
        }
    }

    /** The checked values of one question and what was wrong with them. */
    public record Checked(List<Row> rows, List<SurveyAnswerError> errors) {
    }

    /** The sections in page order. */
    public static List<SectionDef> pages(SurveyDef survey) {
        return survey.sections().stream().sorted(Comparator.comparingInt(SectionDef::position)).toList();
    }

    /** The questions of a page in their order. */
    public static List<QuestionDef> questions(SectionDef section) {
        return section.questions().stream().sorted(Comparator.comparingInt(QuestionDef::position)).toList();
    }

    /**
     * The ids of the questions that show, given these answers: a question with a condition shows when the question it
     * depends on shows and its answer is one of the condition's options.
     */
    public static Set<Long> visible(SurveyDef survey, Map<Long, SurveyAnswerInput> answers) {
        Set<Long> visible = new HashSet<>();
        for (SectionDef section : pages(survey)) {
            for (QuestionDef q : questions(section)) {
                if (q.condition() == null) {
                    visible.add(q.id());
                    continue;
                }
                long on = q.condition().questionId();
                SurveyAnswerInput a = answers.get(on);
                if (visible.contains(on) && a != null
                        && a.values().stream().anyMatch(v -> q.condition().optionCodes().contains(v))) {
                    visible.add(q.id());
                }
            }
        }
        return visible;
    }

    /** The page index of the first page from {@code from} (towards {@code step}) with a visible question, or -1. */
    public static int nextPage(SurveyDef survey, Set<Long> visible, int from, int step) {
        List<SectionDef> pages = pages(survey);
        for (int i = from; i >= 0 && i < pages.size(); i += step) {
            if (pages.get(i).questions().stream().anyMatch(q -> visible.contains(q.id()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks one question's input. {@code requireAnswer}: a required question without an answer is an error (on
     * "Next" and "Submit"; "Back" and "Pause" keep what fits without asking for more). Values that do not fit are
     * never stored.
     */
    public static Checked check(QuestionDef q, SurveyAnswerInput input, boolean requireAnswer) {
        return check(q, input, requireAnswer, null);
    }

    /** As {@link #check(QuestionDef, SurveyAnswerInput, boolean)}, a number also within its range (if any). */
    public static Checked check(QuestionDef q, SurveyAnswerInput input, boolean requireAnswer, NumberRange range) {
        SurveyAnswerInput in = input == null ? new SurveyAnswerInput(List.of(), Map.of()) : input;
        List<Row> rows = new ArrayList<>();
        List<SurveyAnswerError> errors = new ArrayList<>();
        switch (q.type()) {
            case SINGLE_CHOICE -> {
                if (in.values().size() > 1) {
                    errors.add(error(q, null, "option-unknown", "surveyanswer.error.option-unknown"));
                } else if (in.values().size() == 1) {
                    String v = in.values().get(0).strip();
                    if (hasOption(q, v)) {
                        rows.add(new Row(q.id(), null, v, null, null, null));
                    } else {
                        errors.add(error(q, null, "option-unknown", "surveyanswer.error.option-unknown"));
                    }
                }
            }
            case MULTIPLE_CHOICE -> {
                Set<String> chosen = new LinkedHashSet<>();
                for (String raw : in.values()) {
                    String v = raw.strip();
                    if (!hasOption(q, v)) {
                        errors.add(error(q, null, "option-unknown", "surveyanswer.error.option-unknown"));
                        chosen.clear();
                        break;
                    }
                    chosen.add(v);
                }
                // keep the options' order
                for (OptionDef o : q.options()) {
                    if (chosen.contains(o.code())) {
                        rows.add(new Row(q.id(), null, o.code(), null, null, null));
                    }
                }
            }
            case SCALE -> single(q, in, errors).ifPresent(v -> scaleValue(q, null, v, errors)
                    .ifPresent(n -> rows.add(new Row(q.id(), null, null, n, null, null))));
            case NUMBER -> single(q, in, errors).ifPresent(v -> {
                BigDecimal n = number(v);
                if (n == null) {
                    errors.add(error(q, null, "answer-not-a-number", "surveyanswer.error.not-a-number"));
                } else if (range != null && ((range.min() != null && n.compareTo(range.min()) < 0)
                        || (range.max() != null && n.compareTo(range.max()) > 0))) {
                    errors.add(error(q, null, "answer-out-of-range", "surveyanswer.error.out-of-range",
                            range.min() == null ? "–" : plain(range.min()),
                            range.max() == null ? "–" : plain(range.max())));
                } else {
                    rows.add(new Row(q.id(), null, null, n, null, null));
                }
            });
            case DATE -> single(q, in, errors).ifPresent(v -> {
                try {
                    rows.add(new Row(q.id(), null, null, null, LocalDate.parse(v.strip()), null));
                } catch (DateTimeParseException e) {
                    errors.add(error(q, null, "answer-not-a-date", "surveyanswer.error.not-a-date"));
                }
            });
            case TEXT -> single(q, in, errors).ifPresent(v -> {
                String t = v.strip();
                if (t.length() > MAX_TEXT) {
                    errors.add(error(q, null, "answer-too-long", "surveyanswer.error.too-long", MAX_TEXT));
                } else {
                    rows.add(new Row(q.id(), null, null, null, null, t));
                }
            });
            case MATRIX -> {
                if (!in.values().isEmpty()) {
                    errors.add(error(q, null, "item-unknown", "surveyanswer.error.item-unknown"));
                }
                Map<String, String> byItem = new LinkedHashMap<>(in.items());
                for (ItemDef item : q.items()) {
                    String v = byItem.remove(item.code());
                    if (v == null) {
                        if (requireAnswer && q.required()) {
                            errors.add(error(q, item.code(), "answer-required", "surveyanswer.error.required"));
                        }
                        continue;
                    }
                    scaleValue(q, item.code(), v, errors)
                            .ifPresent(n -> rows.add(new Row(q.id(), item.code(), null, n, null, null)));
                }
                if (!byItem.isEmpty()) {
                    errors.add(error(q, null, "item-unknown", "surveyanswer.error.item-unknown"));
                }
                return new Checked(rows, errors);
            }
            default -> throw new IllegalStateException("question type " + q.type());
        }
        if (requireAnswer && q.required() && rows.isEmpty() && errors.isEmpty()) {
            errors.add(error(q, null, "answer-required", "surveyanswer.error.required"));
        }
        return new Checked(rows, errors);
    }

    /** The stored rows of a response as inputs by question id (to show them again and to evaluate conditions). */
    public static Map<Long, SurveyAnswerInput> inputs(List<SurveyAnswer> answers) {
        return inputsOf(answers.stream().map(a -> new Row(a.getQuestionId(), a.getItemCode(), a.getOptionCode(),
                a.getNumberValue(), a.getDateValue(), a.getTextValue())).toList());
    }

    /** Rows as inputs by question id. */
    public static Map<Long, SurveyAnswerInput> inputsOf(List<Row> rows) {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        Map<Long, Map<String, String>> items = new LinkedHashMap<>();
        for (Row a : rows) {
            if (a.itemCode() != null) {
                items.computeIfAbsent(a.questionId(), k -> new LinkedHashMap<>())
                        .put(a.itemCode(), plain(a.numberValue()));
                continue;
            }
            String v = a.optionCode() != null ? a.optionCode()
                    : a.numberValue() != null ? plain(a.numberValue())
                    : a.dateValue() != null ? a.dateValue().toString() : a.textValue();
            if (v != null) {
                values.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(v);
            }
        }
        Map<Long, SurveyAnswerInput> result = new LinkedHashMap<>();
        Set<Long> ids = new LinkedHashSet<>(values.keySet());
        ids.addAll(items.keySet());
        for (Long id : ids) {
            result.put(id, new SurveyAnswerInput(values.get(id), items.get(id)));
        }
        return result;
    }

    static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    private static boolean hasOption(QuestionDef q, String code) {
        return q.options().stream().anyMatch(o -> o.code().equals(code));
    }

    private static java.util.Optional<String> single(QuestionDef q, SurveyAnswerInput in,
            List<SurveyAnswerError> errors) {
        if (in.values().isEmpty()) {
            return java.util.Optional.empty();
        }
        if (in.values().size() > 1 || !in.items().isEmpty()) {
            errors.add(error(q, null, "answer-invalid", "surveyanswer.error.invalid"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(in.values().get(0));
    }

    private static java.util.Optional<BigDecimal> scaleValue(QuestionDef q, String item, String raw,
            List<SurveyAnswerError> errors) {
        int min = q.scale() == null ? 1 : q.scale().min();
        int max = q.scale() == null ? 5 : q.scale().max();
        BigDecimal n = number(raw);
        if (n == null || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(min)) < 0
                || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(error(q, item, "answer-out-of-scale", "surveyanswer.error.out-of-scale", min, max));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(n.setScale(0, java.math.RoundingMode.UNNECESSARY));
    }

    /** A number as people type it ({@code 1 234,5} or {@code 1234.5}), or null when it is none or too large. */
    static BigDecimal number(String raw) {
        String s = raw.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.')
                .replace('\u2212', '-');
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(s);
            if (n.abs().compareTo(MAX_NUMBER) >= 0 || n.stripTrailingZeros().scale() > 4) {
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SurveyAnswerError error(QuestionDef q, String item, String code, String key, Object... args) {
        return new SurveyAnswerError(q.id(), item, code, key, args);
    }
}
