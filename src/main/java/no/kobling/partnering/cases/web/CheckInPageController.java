package no.kobling.partnering.cases.web;

import no.kobling.partnering.cases.application.CheckInService;
import no.kobling.partnering.cases.domain.Side;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The check-in actions of the case page: contacts, confirm, dismiss, remind; back to the case page's check-ins. */
@Controller
@RequestMapping("/cases/{id}/checkins")
class CheckInPageController {

    private final CheckInService checkIns;

    CheckInPageController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @PostMapping("/contacts")
    String contact(@PathVariable long id, @RequestParam(required = false) Side side,
            @RequestParam(required = false) String email, @RequestParam(required = false) String language,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> checkIns.setContact(id, side, email, language));
    }

    @PostMapping("/{checkinId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long checkinId, RedirectAttributes redirect) {
        return act(id, redirect, () -> checkIns.confirm(id, checkinId));
    }

    @PostMapping("/{checkinId}/dismiss")
    String dismiss(@PathVariable long id, @PathVariable long checkinId, RedirectAttributes redirect) {
        return act(id, redirect, () -> checkIns.dismiss(id, checkinId));
    }

    @PostMapping("/{checkinId}/remind")
    String remind(@PathVariable long id, @PathVariable long checkinId, RedirectAttributes redirect) {
        return act(id, redirect, () -> checkIns.remind(id, checkinId));
    }

    /** Runs the action; a refused one is shown above the check-ins (a hidden case stays 404). */
    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("checkinDone", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("checkinError", e.messageKey());
            redirect.addFlashAttribute("checkinErrorArgs", e.args());
        }
        return "redirect:/cases/" + id + "#checkins";
    }
}
