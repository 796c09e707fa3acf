package no.kobling.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The record does not exist, or the current user may not see it: both answer 404. {@code what} names the kind of
 * record; its display name comes from the key {@code entity.<what>} in the user's language.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(404, "not-found", "error.not-found",
                new DefaultMessageSourceResolvable(new String[] {"entity." + what}, what), id);
    }
}
