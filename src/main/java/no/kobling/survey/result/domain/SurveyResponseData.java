package no.kobling.survey.result.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A completed response as the results read it: who (company and recipient; both null for anonymous surveys and open
 * links), the snapshot of the company's attributes at completion (municipality, country, target groups) and the
 * answers.
 */
public record SurveyResponseData(long id, Long companyId, Long recipientId, Long municipalityId, String countryCode,
        Set<String> targetGroups, String language, Instant completedAt, List<Answer> answers) {

    public SurveyResponseData {
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** The answers to one question (for a matrix: one per item). */
    public List<Answer> to(long questionId) {
        return answers.stream().filter(a -> a.questionId() == questionId).toList();
    }

    /** One stored answer row (see the agreed survey_answer table). */
    public record Answer(long id, long questionId, String itemCode, String optionCode, BigDecimal number,
            LocalDate date, String text) {
    }
}
