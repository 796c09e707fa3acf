package no.kobling.survey.answer.application;

/**
 * A refused answer: the question (and matrix item), a stable code ({@code answer-required},
 * {@code answer-out-of-scale}, {@code option-unknown}, {@code item-unknown}, {@code answer-not-a-number},
 * {@code answer-not-a-date}, {@code answer-too-long}, {@code question-unknown}) and its message key with arguments.
 */
public record SurveyAnswerError(long questionId, String itemCode, String code, String messageKey, Object[] args) {

    /** The form field the message belongs to: {@code q<id>} or {@code q<id>.<item>}. */
    public String field() {
        return itemCode == null ? "q" + questionId : "q" + questionId + "." + itemCode;
    }
}
