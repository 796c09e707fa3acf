package no.kobling.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.application.AccountZoneService;
import no.kobling.identity.application.SessionPrincipal;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code POST /account/zone}: the signed-in user chooses their time zone on the account page. */
@Controller
class AccountZoneController {

    private final AccountZoneService zones;
    private final CurrentUsers currentUsers;
    private final SessionPrincipal sessionPrincipal;

    AccountZoneController(AccountZoneService zones, CurrentUsers currentUsers, SessionPrincipal sessionPrincipal) {
        this.zones = zones;
        this.currentUsers = currentUsers;
        this.sessionPrincipal = sessionPrincipal;
    }

    @PostMapping("/account/zone")
    String change(@RequestParam(name = "timeZone", required = false) String timeZone, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            zones.change(timeZone);
        } catch (DomainException e) {
            // the select offers only the three zones: anything else was typed by hand
            redirect.addFlashAttribute("zoneError", e.messageKey());
            return "redirect:/account#zone";
        }
        // pages read the zone from the sign-in snapshot: take a fresh one
        sessionPrincipal.refresh(currentUsers.require().username(), request, response);
        redirect.addFlashAttribute("saved", "account.zone.saved");
        return "redirect:/account#zone";
    }
}
