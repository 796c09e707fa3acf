package no.kobling.shared.web;

import no.kobling.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Puts a rule broken in the application layer onto a form, so the user sees it next to the fields. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainException e) {
        result.reject(e.messageKey(), e.args(), e.code());
    }

    public static void reject(BindingResult result, String field, DomainException e) {
        result.rejectValue(field, e.messageKey(), e.args(), e.code());
    }
}
