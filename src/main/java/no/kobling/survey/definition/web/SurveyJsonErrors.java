package no.kobling.survey.definition.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/**
 * A survey body that JSON cannot read: a badly typed number of a question (scale bounds, a number question's smallest
 * or largest number, e.g. {@code "numberMin": "abc"}) answers 422 {@code survey-number-invalid} naming the field, so
 * it is refused as clearly as the builder's form refuses it; anything else unreadable answers 400
 * {@code invalid-body}, as elsewhere in the API.
 */
final class SurveyJsonErrors {

    static final String NUMBER_INVALID = "survey-number-invalid";
    static final Set<String> NUMBER_FIELDS = Set.of("scaleMin", "scaleMax", "numberMin", "numberMax");

    private SurveyJsonErrors() {
    }

    static ProblemDetail unreadable(HttpMessageNotReadableException e, MessageSource messages) {
        String field = numberField(e);
        if (field != null) {
            ProblemDetail p = problem(messages, HttpStatus.UNPROCESSABLE_CONTENT, NUMBER_INVALID,
                    "survey.error.number-field-invalid", field);
            p.setProperty("field", field);
            return p;
        }
        return problem(messages, HttpStatus.BAD_REQUEST, "invalid-body", "error.invalid-body");
    }

    /** The number field the body could not read, if that is what went wrong. */
    static String numberField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException j) {
                List<JacksonException.Reference> path = j.getPath();
                if (!path.isEmpty()) {
                    String name = path.get(path.size() - 1).getPropertyName();
                    return NUMBER_FIELDS.contains(name) ? name : null;
                }
            }
        }
        return null;
    }

    private static ProblemDetail problem(MessageSource messages, HttpStatus status, String code, String messageKey,
            Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("https://kobling.no/problems/" + code));
        p.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
        p.setDetail(messages.getMessage(messageKey, args, messageKey, locale));
        p.setProperty("code", code);
        p.setProperty("messageKey", messageKey);
        return p;
    }
}
