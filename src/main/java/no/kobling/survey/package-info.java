/**
 * Surveys (issue 15): needs and effect surveys that companies answer in their own language. Sub-packages:
 * {@code definition} (the builder: surveys, sections, questions, options, conditions, texts in five languages,
 * templates, copies; contract {@link no.kobling.survey.definition.SurveyDefinitions}), {@code distribution}
 * (audiences, personal and open links, e-mails through the outbox, reminders, closing date, unsubscribe; contract
 * {@link no.kobling.survey.distribution.SurveyLinks}), {@code answer} (the public answer pages under
 * {@code /public/surveys}, saved page by page), {@code result} (response rate, charts, cross-tabulation with
 * suppression, exports, answers on the company page, needs and {@code survey-*} indicators). Tables {@code survey_*}.
 */
package no.kobling.survey;
