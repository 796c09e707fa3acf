package no.kobling.identity;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/**
 * The time zones of users, e.g. for reminders sent at a sensible local hour ({@code docs/time.md}). An unknown id
 * gives {@link no.kobling.shared.Zones#DEFAULT}.
 */
public interface UserZones {

    /** The zones of these users by id (every id answered). */
    Map<Long, ZoneId> of(Collection<Long> userIds);
}
