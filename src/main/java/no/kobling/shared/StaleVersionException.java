package no.kobling.shared;

/** Someone else changed the record since the user loaded it. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what, Object id) {
        super(409, "concurrent-modification", "error.concurrent-modification", what, id);
    }

    /** Compare the version the user edited with the current one. */
    public static void check(String what, Object id, Long expected, Long actual) {
        if (expected != null && !expected.equals(actual)) {
            throw new StaleVersionException(what, id);
        }
    }
}
