package no.kobling.identity.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.Zones;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @zonedTimes}): an event's wall-clock time as the signed-in viewer's clock shows it, when
 * the viewer's zone differs from the event's (docs/time.md). Anonymous visitors see only the event's time.
 */
@Component("zonedTimes")
public class ZonedTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CurrentUsers currentUsers;

    ZonedTimes(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    /** "HH:mm" of {@code local} (a time in {@code zoneId}) on the viewer's clock; null in the same zone. */
    public String inViewerZone(LocalDateTime local, String zoneId) {
        return convert(local, zoneId, TIME);
    }

    /** Like {@link #inViewerZone} with the date, for a time that may fall on another day for the viewer. */
    public String dayInViewerZone(LocalDateTime local, String zoneId) {
        return convert(local, zoneId, DAY_TIME);
    }

    private String convert(LocalDateTime local, String zoneId, DateTimeFormatter format) {
        ZoneId viewer = currentUsers.current().map(CurrentUser::zone).orElse(null);
        if (local == null || viewer == null || !Zones.isSupported(zoneId) || viewer.getId().equals(zoneId)) {
            return null;
        }
        return local.atZone(ZoneId.of(zoneId)).withZoneSameInstant(viewer).format(format);
    }
}
