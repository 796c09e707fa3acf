package no.kobling.identity.application;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import no.kobling.identity.UserZones;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserZonesFacade implements UserZones {

    private final UserAccountRepository users;

    UserZonesFacade(UserAccountRepository users) {
        this.users = users;
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
