package no.kobling.identity.web;

import java.time.ZoneId;
import java.util.Optional;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.web.ViewerZone;
import org.springframework.stereotype.Component;

/** The signed-in user's zone for {@code @fmt} (instants on pages are shown on the viewer's clock). */
@Component
class ViewerZoneOfCurrentUser implements ViewerZone {

    private final CurrentUsers currentUsers;

    ViewerZoneOfCurrentUser(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public Optional<ZoneId> current() {
        return currentUsers.current().map(CurrentUser::zone);
    }
}
