package no.kobling.survey.definition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read contract of a survey's definition for the other parts of the survey module (distribution, answer pages,
 * results). No permission check: callers check theirs first (the answer pages hold a valid link, the results their
 * reader's access).
 */
public interface SurveyDefinitions {

    /** The survey as it stands, or empty if there is none with this id. */
    Optional<SurveyDef> find(long surveyId);

    /**
     * The allowed range of each number question of the survey, by question id (a null end is open; a number question
     * without limits maps to {@code NumberRange(null, null)}); empty for an unknown survey.
     */
    Map<Long, NumberRange> numberRanges(long surveyId);

    /** The allowed range of a number question's answer. */
    record NumberRange(java.math.BigDecimal min, java.math.BigDecimal max) {
    }

    /** The five interface languages; texts may exist in any of them. */
    List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en");

    enum Kind {
        NEEDS, EFFECT, EVENT_FEEDBACK, SATISFACTION, CUSTOM
    }

    enum Status {
        DRAFT, OPEN, CLOSED
    }

    enum QuestionType {
        SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, NUMBER, DATE, TEXT, MATRIX
    }

    /**
     * A survey: owned by an organisation (its staff with {@code MANAGE_SURVEYS} build and send it), optionally for a
     * partnership and a project. {@code anonymous}: answers never show who answered. Texts are keyed by language
     * code; {@link #text} falls back to {@code fallbackLanguage}.
     */
    record SurveyDef(long id, long ownerOrganisationId, Long partnershipId, Long projectId, Kind kind,
            boolean anonymous, Status status, LocalDate closesOn, String fallbackLanguage, Map<String, String> titles,
            Map<String, String> intros, List<SectionDef> sections) {

        public List<QuestionDef> questions() {
            return sections.stream().flatMap(s -> s.questions().stream()).toList();
        }

        public Optional<QuestionDef> question(long questionId) {
            return questions().stream().filter(q -> q.id() == questionId).findFirst();
        }

        public String text(Map<String, String> texts, String language) {
            return SurveyDefinitions.text(texts, language, fallbackLanguage);
        }

        public String title(String language) {
            return text(titles, language);
        }
    }

    /** A section: one page of the answer form. */
    record SectionDef(long id, int position, Map<String, String> titles, List<QuestionDef> questions) {
    }

    /**
     * A question. {@code code} is stable within the survey (used in exports and mappings, e.g. {@code export} or
     * {@code new-jobs}); {@code options} for choices, {@code items} the rows of a matrix, {@code scale} for scale and
     * matrix questions; {@code condition}: shown only when an earlier question's answer is one of the options.
     */
    record QuestionDef(long id, String code, int position, QuestionType type, boolean required,
            Map<String, String> texts, Map<String, String> helps, List<OptionDef> options, List<ItemDef> items,
            Scale scale, Condition condition) {
    }

    record OptionDef(long id, String code, Map<String, String> labels) {
    }

    record ItemDef(long id, String code, Map<String, String> labels) {
    }

    /** A scale from {@code min} to {@code max} (1–5 or 0–10), with labels for its ends. */
    record Scale(int min, int max, Map<String, String> minLabels, Map<String, String> maxLabels) {
    }

    /** Show the question only when the answer to the earlier question {@code questionId} is one of these options. */
    record Condition(long questionId, Set<String> optionCodes) {
    }

    /** The text in {@code language}, else in {@code fallback}, else any text there is (empty string without any). */
    static String text(Map<String, String> texts, String language, String fallback) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String lang = language == null ? fallback : language.toLowerCase(Locale.ROOT);
        if ("no".equals(lang)) {
            lang = "nb";
        }
        String t = texts.get(lang);
        if (t == null || t.isBlank()) {
            t = texts.get(fallback);
        }
        if (t == null || t.isBlank()) {
            t = texts.values().stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
        }
        return t;
    }
}
