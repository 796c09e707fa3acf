package no.kobling.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.UserZones;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserZonesFacade implements UserZones {

    private final UserAccountRepository users;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    UserZonesFacade(UserAccountRepository users, CurrentUsers currentUsers, Clock clock) {
        this.users = users;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public ZoneId current() {
        return currentUsers.current().map(CurrentUser::zone).orElse(Zones.DEFAULT);
    }

    @Override
    public LocalDate today() {
        return LocalDay.today(clock, current());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ZoneId> of(Collection<Long> userIds) {
        Map<Long, ZoneId> zones = new HashMap<>();
        userIds.forEach(id -> zones.put(id, Zones.DEFAULT));
        users.findAllById(new HashSet<>(userIds)).forEach(u -> zones.put(u.getId(), Zones.parse(u.getTimeZone())));
        return zones;
    }
}
