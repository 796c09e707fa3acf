package no.kobling.identity.application;

import no.kobling.identity.CurrentUsers;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every signed-in user's own time zone (docs/time.md): read it and change it to one of the three zones. */
@Service
public class AccountZoneService {

    private final UserAccountRepository users;
    private final CurrentUsers currentUsers;

    AccountZoneService(UserAccountRepository users, CurrentUsers currentUsers) {
        this.users = users;
        this.currentUsers = currentUsers;
    }

    @Transactional(readOnly = true)
    public String mine() {
        return me().getTimeZone();
    }

    /** Changes the caller's zone; anything but the three zones breaks the rule {@code time-zone-unknown}. */
    @Transactional
    public String change(String zone) {
        UserAccount me = me();
        if (zone == null || zone.isBlank()) {
            throw no.kobling.shared.DomainException.rule("time-zone-unknown", "time.error.zone-unknown", "");
        }
        me.changeZone(zone);
        users.flush();
        return me.getTimeZone();
    }

    private UserAccount me() {
        long id = currentUsers.require().id();
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }
}
