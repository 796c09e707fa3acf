package no.kobling.shared.privacy;

/**
 * Records that the signed-in user opened a record about a person (GDPR access reviews ask who read it). The privacy
 * module implements it; the record is kept even when the caller's transaction is read-only or rolls back.
 */
public interface ReadLog {

    /** {@code kind} is a {@link Processing#kind()}; {@code subject} a short label of the person (their name). */
    void read(String kind, String id, String subject);
}
