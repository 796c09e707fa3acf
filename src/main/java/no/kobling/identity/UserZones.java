package no.kobling.identity;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/**
 * The time zones of users, e.g. for reminders sent at a sensible local hour ({@code docs/time.md}). An unknown id
 * gives {@link no.kobling.shared.Zones#DEFAULT}.
 */
public interface UserZones {

    /** The signed-in user's own zone; the default zone for the system and anonymous visitors. */
    ZoneId current();

    /** Today in the signed-in user's own zone (what they see as "today", "due" and "overdue"). */
    java.time.LocalDate today();

    /** The zones of these users by id (every id answered). */
    Map<Long, ZoneId> of(Collection<Long> userIds);
}
