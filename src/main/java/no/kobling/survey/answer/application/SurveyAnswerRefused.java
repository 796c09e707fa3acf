package no.kobling.survey.answer.application;

import java.util.List;
import no.kobling.shared.DomainException;

/** Answers that do not fit their questions (422): the code of the first, and every one for the fields. */
public class SurveyAnswerRefused extends DomainException {

    private final transient List<SurveyAnswerError> errors;

    public SurveyAnswerRefused(List<SurveyAnswerError> errors) {
        super(422, errors.get(0).code(), errors.get(0).messageKey(), errors.get(0).args());
        this.errors = List.copyOf(errors);
    }

    public List<SurveyAnswerError> errors() {
        return errors;
    }
}
