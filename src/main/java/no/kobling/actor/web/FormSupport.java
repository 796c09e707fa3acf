package no.kobling.actor.web;

import java.util.Map;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import no.kobling.shared.web.FormErrors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts errors from the application layer onto a form: next to the field a rule concerns, or above the form. */
final class FormSupport {

    private FormSupport() {
    }

    /**
     * Records a broken rule on the form. Missing and hidden records are not form errors: they are rethrown and
     * answer 404.
     */
    static void reject(BindingResult result, Model model, RuntimeException e, Map<String, String> fieldByCode) {
        if (e instanceof NotFoundException notFound) {
            throw notFound;
        }
        if (e instanceof StaleVersionException || e instanceof ObjectOptimisticLockingFailureException) {
            result.reject("error.concurrent-modification", new Object[] {"", ""}, "concurrent-modification");
            model.addAttribute("stale", true);
            return;
        }
        DomainException domain = (DomainException) e;
        String field = fieldByCode.get(domain.code());
        if (field != null) {
            FormErrors.reject(result, field, domain);
        } else {
            FormErrors.reject(result, domain);
        }
    }
}
