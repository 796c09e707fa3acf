package no.kobling.advisory.catalogue.web;

import java.util.Map;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import no.kobling.shared.web.FormErrors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts a broken rule next to the field it concerns, or above the form; hidden records still answer 404. */
final class PageSupport {

    private PageSupport() {
    }

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
