package no.kobling.partnering.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.kobling.actor.ActorZones;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import org.springframework.stereotype.Component;

/**
 * Whose "today" counts in partner cases (docs/time.md): what a person sees as due, overdue or in the future is
 * judged in their own zone; the days a case's plan and figures are counted in are those of its partnership.
 */
@Component
public class CaseDays {

    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final ActorZones zones;

    CaseDays(Clock clock, CurrentUsers currentUsers, ActorZones zones) {
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.zones = zones;
    }

    /** The signed-in user's zone (the default zone for the system). */
    public ZoneId viewerZone() {
        return currentUsers.current().map(CurrentUser::zone).orElse(Zones.DEFAULT);
    }

    /** Today in the signed-in user's zone. */
    public LocalDate viewerToday() {
        return LocalDay.today(clock, viewerZone());
    }

    public ZoneId partnershipZone(Long partnershipId) {
        return zones.partnership(partnershipId);
    }

    public java.util.Map<Long, ZoneId> partnershipZones(java.util.Collection<Long> partnershipIds) {
        return zones.partnerships(partnershipIds);
    }

    /** The day an instant falls on in a partnership's zone. */
    public LocalDate partnershipDay(Instant at, Long partnershipId) {
        return LocalDay.of(at, partnershipZone(partnershipId));
    }

    /** Today in a partnership's zone (report periods and year boundaries). */
    public LocalDate partnershipToday(Long partnershipId) {
        return LocalDay.today(clock, partnershipZone(partnershipId));
    }
}
