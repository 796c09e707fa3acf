package no.kobling.event.web;

import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A broken rule of a one-button action, shown as an alert on the page the user returns to. */
final class Flash {

    private Flash() {
    }

    static String run(RedirectAttributes redirect, String target, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            error(redirect, e);
        }
        return "redirect:" + target;
    }

    static void error(RedirectAttributes redirect, DomainException e) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        redirect.addFlashAttribute("errorArgs", e.args());
        redirect.addFlashAttribute("errorCode", e.code());
    }

    static void message(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("infoKey", key);
        redirect.addFlashAttribute("infoArgs", args);
    }
}
