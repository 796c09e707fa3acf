package no.kobling.survey.answer.application;

/**
 * A response was completed ("Submit" on the last page or through the API), published inside the completing
 * transaction after the response and its answers are written. {@code companyId} is the answering company of an
 * identified survey, null for anonymous surveys and respondents without a company. Listened to within the survey
 * module (need suggestions).
 */
public record SurveyResponseCompleted(long surveyId, long responseId, Long companyId) {
}
