package no.kobling.company.web;

import java.util.Map;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import no.kobling.shared.web.FormErrors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts errors from the application layer onto a form: next to the field a rule concerns, or above the form. */
final class CompanyFormSupport {

    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("invalid-org-number", "orgNumber"),
            Map.entry("company-exists", "orgNumber"),
            Map.entry("company-name-required", "name"),
            Map.entry("entrepreneur-name-required", "name"),
            Map.entry("invalid-employees", "employees"),
            Map.entry("nace-unknown", "naceCode"),
            Map.entry("municipality-unknown", "municipalityId"),
            Map.entry("target-group-unknown", "targetGroups"),
            Map.entry("consent-required", "consent"),
            Map.entry("invalid-web-address", "website"));

    private CompanyFormSupport() {
    }

    static void reject(BindingResult result, Model model, RuntimeException e) {
        if (e instanceof NotFoundException notFound) {
            throw notFound;
        }
        if (e instanceof DomainException denied && denied.status() == 403) {
            throw denied;
        }
        if (e instanceof StaleVersionException || e instanceof ObjectOptimisticLockingFailureException) {
            result.reject("error.concurrent-modification", new Object[] {"", ""}, "concurrent-modification");
            model.addAttribute("stale", true);
            return;
        }
        DomainException domain = (DomainException) e;
        String field = FIELDS.get(domain.code());
        if (field != null) {
            FormErrors.reject(result, field, domain);
        } else {
            FormErrors.reject(result, domain);
        }
    }
}
