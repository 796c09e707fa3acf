package no.kobling.survey.definition.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.kobling.shared.DomainException;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.domain.SurveySpec.ChoiceSpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;

/**
 * The builder's rules over a whole survey (docs/surveys.md), each with a stable code. The first broken rule is thrown
 * as a 422 {@link DomainException}; its arguments name the question or option concerned.
 */
public final class SurveyRules {

    /** Codes of questions, options and items: letters, digits, '-' and '_' (no dots: form fields use them). */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}");

    private SurveyRules() {
    }

    public static DomainException frozen() {
        return DomainException.conflict("survey-structure-frozen", "survey.error.structure-frozen");
    }

    private static DomainException rule(String code, Object... args) {
        return DomainException.rule(code, "survey.error." + code.replaceFirst("^survey-", ""), args);
    }

    public static boolean isChoice(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    }

    /** The question with what its type does not use left out (options of a text question, a number's scale). */
    public static QuestionSpec normalised(QuestionSpec q) {
        QuestionType t = q.type();
        boolean choice = isChoice(t);
        boolean scaled = t == QuestionType.SCALE || t == QuestionType.MATRIX;
        boolean number = t == QuestionType.NUMBER;
        return new QuestionSpec(q.code() == null ? null : q.code().strip(), t, q.required(), q.texts(), q.helps(),
                choice ? q.options() : List.of(), t == QuestionType.MATRIX ? q.items() : List.of(),
                scaled ? q.scaleMin() : null, scaled ? q.scaleMax() : null, scaled ? q.minLabels() : Map.of(),
                scaled ? q.maxLabels() : Map.of(), number ? q.numberMin() : null, number ? q.numberMax() : null,
                q.conditionQuestion(), q.conditionQuestion() == null ? Set.of() : q.conditionOptions());
    }

    /** Checks every rule; throws the first one broken. */
    public static void check(SurveySpec survey) {
        String fallback = survey.fallbackLanguage();
        if (fallback == null || !SurveyDefinitions.LANGUAGES.contains(fallback)) {
            throw rule("survey-language-unknown", String.valueOf(fallback));
        }
        texts(survey.titles(), fallback, true, "title", 300);
        texts(survey.intros(), fallback, false, "intro", 4000);
        Set<String> seen = new HashSet<>();
        Map<String, QuestionSpec> earlier = new HashMap<>();
        for (SectionSpec section : survey.sections()) {
            texts(section.titles(), fallback, false, "section", 300);
            for (QuestionSpec raw : section.questions()) {
                QuestionSpec q = normalised(raw);
                question(q, fallback, earlier);
                if (!seen.add(q.code())) {
                    throw rule("question-code-duplicate", q.code());
                }
                earlier.put(q.code(), q);
            }
        }
    }

    private static void question(QuestionSpec q, String fallback, Map<String, QuestionSpec> earlier) {
        if (q.code() == null || !CODE.matcher(q.code()).matches()) {
            throw rule("survey-code-invalid", String.valueOf(q.code()));
        }
        if (q.type() == null) {
            throw rule("question-type-missing", q.code());
        }
        texts(q.texts(), fallback, true, q.code(), 1000);
        texts(q.helps(), fallback, false, q.code(), 2000);
        texts(q.minLabels(), fallback, false, q.code(), 200);
        texts(q.maxLabels(), fallback, false, q.code(), 200);
        if (isChoice(q.type())) {
            if (q.options().isEmpty()) {
                throw rule("question-options-missing", q.code());
            }
            choices(q.options(), fallback, q.code(), "option-code-duplicate");
        }
        if (q.type() == QuestionType.MATRIX) {
            if (q.items().isEmpty()) {
                throw rule("matrix-items-missing", q.code());
            }
            choices(q.items(), fallback, q.code(), "item-code-duplicate");
        }
        if (q.type() == QuestionType.SCALE || q.type() == QuestionType.MATRIX) {
            boolean oneToFive = Integer.valueOf(1).equals(q.scaleMin()) && Integer.valueOf(5).equals(q.scaleMax());
            boolean zeroToTen = Integer.valueOf(0).equals(q.scaleMin()) && Integer.valueOf(10).equals(q.scaleMax());
            if (!oneToFive && !zeroToTen) {
                throw rule("scale-invalid", q.code());
            }
        }
        if (q.type() == QuestionType.NUMBER && q.numberMin() != null && q.numberMax() != null
                && q.numberMin().compareTo(q.numberMax()) > 0) {
            throw rule("number-range-invalid", q.code());
        }
        if (q.conditionQuestion() != null) {
            QuestionSpec on = earlier.get(q.conditionQuestion());
            if (on == null || !isChoice(on.type())) {
                throw rule("condition-not-earlier", q.code(), q.conditionQuestion());
            }
            Set<String> known = new HashSet<>();
            on.options().forEach(o -> known.add(o.code()));
            if (q.conditionOptions().isEmpty() || !known.containsAll(q.conditionOptions())) {
                throw rule("condition-option-unknown", q.code(), q.conditionQuestion());
            }
        }
    }

    private static void choices(List<ChoiceSpec> choices, String fallback, String question, String duplicateCode) {
        Set<String> codes = new HashSet<>();
        for (ChoiceSpec c : choices) {
            if (c.code() == null || !CODE.matcher(c.code()).matches()) {
                throw rule("survey-code-invalid", String.valueOf(c.code()));
            }
            if (!codes.add(c.code())) {
                throw rule(duplicateCode, question, c.code());
            }
            texts(c.labels(), fallback, true, question + "/" + c.code(), 500);
        }
    }

    /** Languages must be known; a required text, and any text given at all, must exist in the fallback language. */
    private static void texts(Map<String, String> texts, String fallback, boolean required, String where,
            int maxLength) {
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (!SurveyDefinitions.LANGUAGES.contains(e.getKey())) {
                throw rule("survey-language-unknown", e.getKey());
            }
            if (e.getValue().length() > maxLength) {
                throw rule("survey-text-too-long", where, maxLength);
            }
        }
        if ((required || !texts.isEmpty()) && !texts.containsKey(fallback)) {
            throw rule("survey-text-missing", where, fallback);
        }
    }
}
