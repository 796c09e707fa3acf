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

    record OrganisationRef(long id, String name) {
    }
}
