package no.kobling.survey.definition.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.shared.DomainException;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.domain.SurveySpec.ChoiceSpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import org.springframework.util.MultiValueMap;

/**
 * The builder's question form as flat fields: {@code code}, {@code type}, {@code required}, {@code scale} ("1-5" or
 * "0-10"), {@code numberMin}, {@code numberMax}, {@code conditionQuestion}, {@code conditionOptions} (codes separated
 * by commas) and per language L: {@code text_L}, {@code help_L}, {@code minLabel_L}, {@code maxLabel_L},
 * {@code options_L} and {@code items_L} (one "code = label" a line; the codes in the order of the first language
 * that has lines).
 */
final class SurveyForms {

    private SurveyForms() {
    }

    /** The form's fields from a question (for editing). */
    static Map<String, String> fields(QuestionSpec q) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("code", q.code());
        f.put("type", q.type() == null ? "" : q.type().name());
        f.put("required", q.isRequired() ? "true" : "");
        f.put("scale", q.scaleMin() == null ? "1-5" : q.scaleMin() + "-" + q.scaleMax());
        f.put("numberMin", q.numberMin() == null ? "" : q.numberMin().stripTrailingZeros().toPlainString());
        f.put("numberMax", q.numberMax() == null ? "" : q.numberMax().stripTrailingZeros().toPlainString());
        f.put("conditionQuestion", q.conditionQuestion() == null ? "" : q.conditionQuestion());
        f.put("conditionOptions", String.join(", ", q.conditionOptions()));
        for (String l : SurveyDefinitions.LANGUAGES) {
            f.put("text_" + l, q.texts().getOrDefault(l, ""));
            f.put("help_" + l, q.helps().getOrDefault(l, ""));
            f.put("minLabel_" + l, q.minLabels().getOrDefault(l, ""));
            f.put("maxLabel_" + l, q.maxLabels().getOrDefault(l, ""));
            f.put("options_" + l, lines(q.options(), l));
            f.put("items_" + l, lines(q.items(), l));
        }
        return f;
    }

    static Map<String, String> fields(MultiValueMap<String, String> params) {
        Map<String, String> f = new LinkedHashMap<>();
        params.forEach((k, v) -> f.put(k, v == null || v.isEmpty() ? "" : v.get(0)));
        return f;
    }

    private static String lines(List<ChoiceSpec> choices, String language) {
        StringBuilder b = new StringBuilder();
        for (ChoiceSpec c : choices) {
            String label = c.labels().get(language);
            if (label != null) {
                b.append(c.code()).append(" = ").append(label).append('\n');
            }
        }
        return b.toString();
    }

    /** The question the form describes (the builder's rules judge it). */
    static QuestionSpec question(Map<String, String> f) {
        QuestionType type = null;
        try {
            type = QuestionType.valueOf(f.getOrDefault("type", ""));
        } catch (IllegalArgumentException e) {
            type = null;
        }
        Integer min = null;
        Integer max = null;
        String scale = f.getOrDefault("scale", "").strip();
        if (scale.matches("\\d{1,3}-\\d{1,3}")) {
            min = Integer.valueOf(scale.substring(0, scale.indexOf('-')));
            max = Integer.valueOf(scale.substring(scale.indexOf('-') + 1));
        } else if (type == QuestionType.SCALE || type == QuestionType.MATRIX) {
            // a scale that is not "min-max" is refused, never silently replaced by a default
            throw DomainException.rule("scale-invalid", "survey.error.scale-invalid",
                    f.getOrDefault("code", ""));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        Map<String, String> minLabels = new LinkedHashMap<>();
        Map<String, String> maxLabels = new LinkedHashMap<>();
        for (String l : SurveyDefinitions.LANGUAGES) {
            texts.put(l, f.get("text_" + l));
            helps.put(l, f.get("help_" + l));
            minLabels.put(l, f.get("minLabel_" + l));
            maxLabels.put(l, f.get("maxLabel_" + l));
        }
        Set<String> conditionOptions = new LinkedHashSet<>();
        for (String c : f.getOrDefault("conditionOptions", "").split(",")) {
            if (!c.isBlank()) {
                conditionOptions.add(c.strip());
            }
        }
        return new QuestionSpec(f.get("code"), type, "true".equals(f.get("required")) || "on".equals(f.get("required")),
                texts, helps, choices(f, "options_"), choices(f, "items_"), min, max, minLabels, maxLabels,
                number(f.get("numberMin"), "survey.error.number-min-invalid"),
                number(f.get("numberMax"), "survey.error.number-max-invalid"), f.get("conditionQuestion"),
                conditionOptions);
    }

    private static List<ChoiceSpec> choices(Map<String, String> f, String prefix) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (String l : SurveyDefinitions.LANGUAGES) {
            String text = f.getOrDefault(prefix + l, "");
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int eq = line.indexOf('=');
                String code = (eq < 0 ? line : line.substring(0, eq)).strip();
                String label = eq < 0 ? "" : line.substring(eq + 1).strip();
                labels.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(l, label);
            }
        }
        List<ChoiceSpec> out = new ArrayList<>();
        labels.forEach((code, l) -> out.add(new ChoiceSpec(code, l)));
        return out;
    }

    /** A number as typed ("1 000,5" and "1000.5" both read); blank is none; anything else is refused. */
    private static BigDecimal number(String s, String messageKey) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String plain = s.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            if (plain.length() > 25) {
                throw new NumberFormatException("too long");
            }
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw DomainException.rule(SurveyJsonErrors.NUMBER_INVALID, messageKey, s.strip());
        }
    }
}
