package no.kobling.shared;

/** The record does not exist, or the current user may not see it: both answer 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(404, "not-found", "error.not-found", what, id);
    }
}
