package no.kobling.identity;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: identity needs to name organisations (user administration) but does not own them. The
 * module that owns organisations implements it.
 */
public interface OrganisationDirectory {

    List<OrganisationRef> all();

    Optional<OrganisationRef> find(long id);

    /** The time zone of an organisation (a new user's default zone). */
    default Optional<java.time.ZoneId> zoneOf(long id) {
        return Optional.empty();
    }

    /** The organisation's contact e-mail address, if it has one (e.g. the organiser of an event in calendar feeds). */
    default Optional<String> emailOf(long id) {
        return Optional.empty();
    }

    record OrganisationRef(long id, String name) {
    }
}
