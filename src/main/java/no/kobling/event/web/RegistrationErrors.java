package no.kobling.event.web;

import java.util.Map;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import org.springframework.validation.BindingResult;

/** Puts a registration rule broken in the service next to its field on the registration forms. */
final class RegistrationErrors {

    private static final Map<String, String> FIELDS = Map.of(
            "event-consent-required", "consent",
            "event-org-number-required", "orgNumber",
            "event-invalid-org-number", "orgNumber",
            "event-company-required", "orgNumber",
            "event-company-unknown", "orgNumber",
            "event-company-name-required", "companyName",
            "event-contact-required", "contactName");

    private RegistrationErrors() {
    }

    static void reject(BindingResult result, DomainException e) {
        String field = FIELDS.get(e.code());
        if (field != null) {
            FormErrors.reject(result, field, e);
        } else {
            FormErrors.reject(result, e);
        }
    }
}
