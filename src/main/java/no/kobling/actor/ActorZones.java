package no.kobling.actor;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/**
 * The time zones of organisations and partnerships, for the rules of other modules that count days in them
 * ({@code docs/time.md}). A zone tells nothing about a tenant, so these answer without a tenancy check; an unknown
 * id (or null) gives {@link no.kobling.shared.Zones#DEFAULT}.
 */
public interface ActorZones {

    ZoneId organisation(Long organisationId);

    ZoneId partnership(Long partnershipId);

    /** The zones of these partnerships by id (every id answered). */
    Map<Long, ZoneId> partnerships(Collection<Long> partnershipIds);
}
