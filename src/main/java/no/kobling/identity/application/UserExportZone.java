package no.kobling.identity.application;

import java.time.ZoneId;
import java.util.Locale;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.Zones;
import no.kobling.shared.export.ExportZone;
import org.springframework.stereotype.Component;

/**
 * Exports write times in the signed-in user's zone (their setting; a new user's starts as their organisation's zone,
 * docs/time.md); only without a signed-in user does the language suggest one.
 */
@Component
class UserExportZone implements ExportZone {

    private final CurrentUsers currentUsers;

    UserExportZone(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public ZoneId zone(Locale locale) {
        return currentUsers.current().map(CurrentUser::zone).orElseGet(() -> Zones.ofLocale(locale));
    }
}
