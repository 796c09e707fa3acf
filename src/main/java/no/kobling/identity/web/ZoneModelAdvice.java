package no.kobling.identity.web;

import java.time.ZoneId;
import java.util.List;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What pages need to show times across zones: the three zones for a select ({@code timeZones}) and the signed-in
 * viewer's zone ({@code viewerZone}, null for an anonymous visitor), shown beside an event's time where it differs.
 */
@ControllerAdvice(annotations = Controller.class)
class ZoneModelAdvice {

    private final CurrentUsers currentUsers;

    ZoneModelAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("timeZones")
    List<String> timeZones() {
        return Zones.IDS;
    }

    @ModelAttribute("viewerZone")
    ZoneId viewerZone() {
        return currentUsers.current().map(CurrentUser::zone).orElse(null);
    }
}
