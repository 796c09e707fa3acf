package no.kobling.identity.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.Formats;
import no.kobling.shared.Zones;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @zonedTimes}): an event's wall-clock time as the signed-in viewer's clock shows it, when
 * the viewer's zone differs from the event's (docs/time.md). Anonymous visitors see only the event's time.
 */
@Component("zonedTimes")
public class ZonedTimes {

    private final CurrentUsers currentUsers;

    ZonedTimes(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    /** The clock time of {@code local} (a time in {@code zoneId}) on the viewer's clock; null in the same zone. */
    public String inViewerZone(LocalDateTime local, String zoneId) {
        return convert(local, zoneId, false);
    }

    /** Like {@link #inViewerZone} with the date, for a time that may fall on another day for the viewer. */
    public String dayInViewerZone(LocalDateTime local, String zoneId) {
        return convert(local, zoneId, true);
    }

    private String convert(LocalDateTime local, String zoneId, boolean withDay) {
        ZoneId viewer = currentUsers.current().map(CurrentUser::zone).orElse(null);
        if (local == null || viewer == null || !Zones.isSupported(zoneId) || viewer.getId().equals(zoneId)) {
            return null;
        }
        LocalDateTime there = local.atZone(ZoneId.of(zoneId)).withZoneSameInstant(viewer).toLocalDateTime();
        Formats formats = new Formats(LocaleContextHolder.getLocale(), viewer);
        return withDay ? formats.dateTime(there) : formats.time(there);
    }
}
