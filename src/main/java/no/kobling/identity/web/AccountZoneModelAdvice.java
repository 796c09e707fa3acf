package no.kobling.identity.web;

import no.kobling.identity.application.AccountZoneService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The account page's zone choice ({@code myZone}), kept out of the account controller. */
@ControllerAdvice(assignableTypes = AccountController.class)
class AccountZoneModelAdvice {

    private final AccountZoneService zones;

    AccountZoneModelAdvice(AccountZoneService zones) {
        this.zones = zones;
    }

    @ModelAttribute("myZone")
    String myZone() {
        return zones.mine();
    }
}
