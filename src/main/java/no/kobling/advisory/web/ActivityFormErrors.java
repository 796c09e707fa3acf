package no.kobling.advisory.web;

import java.util.Map;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import org.springframework.validation.BindingResult;

/** Puts a refused activity next to the field it is about. */
final class ActivityFormErrors {

    private static final Map<String, String> FIELD = Map.ofEntries(
            Map.entry("advisory-date-beyond-horizon", "date"), Map.entry("advisory-date-too-early", "date"),
            Map.entry("advisory-date-missing", "date"), Map.entry("advisory-hours-negative", "hours"),
            Map.entry("advisory-hours-too-many", "hours"),
            Map.entry("advisory-follow-up-before-activity", "followUpDate"),
            Map.entry("advisory-follow-up-beyond-horizon", "followUpDate"),
            Map.entry("advisory-nobody-involved", "companyIds"), Map.entry("not-found", "orgNumber"),
            Map.entry("advisory-service-unknown", "serviceId"), Map.entry("advisory-service-not-offered", "serviceId"),
            Map.entry("advisory-advisor-not-in-organisation", "advisorUserIds"),
            Map.entry("advisory-kind-archived", "kindId"), Map.entry("advisory-kind-unknown", "kindId"),
            Map.entry("advisory-kind-missing", "kindId"), Map.entry("advisory-municipality-unknown", "municipalityId"),
            Map.entry("advisory-notes-too-long", "notes"), Map.entry("project-not-taggable", "projectId"));

    private ActivityFormErrors() {
    }

    static void reject(BindingResult result, DomainException e) {
        String field = FIELD.get(e.code());
        if (field == null) {
            FormErrors.reject(result, e);
        } else {
            FormErrors.reject(result, field, e);
        }
    }
}
