package no.kobling.shared.privacy;

import java.util.List;

/**
 * The privacy port: a module's adapter over its own tables that finds, exports and erases what it holds about a
 * person. Adapters match on the e-mail and, where a record has no e-mail, on the names of the {@link DataSubject}.
 * Erasure anonymises: rows that statistics count (activities, participants, answers) stay, their personal fields are
 * overwritten; what has no statistical value (an e-mail waiting in the outbox) is deleted. Every adapter runs inside
 * the privacy module's one transaction, so a refusal leaves nothing half-done.
 */
public interface PersonalData {

    /** The module's name ({@code actor}, {@code company}, ...). */
    String module();

    /** The kinds of record this module holds about people, with purpose and lawful basis. */
    List<Processing> processing();

    /** Everything the module holds about the person (the caller's tenancy is applied by the privacy module). */
    List<PersonalRecord> find(DataSubject subject);

    /**
     * Reasons the person may not be erased yet, as stable problem codes (e.g. {@code privacy-open-case-facilitator});
     * empty when nothing stands in the way.
     */
    default List<String> erasureBlockers(DataSubject subject) {
        return List.of();
    }

    /** Anonymises (or deletes) the person's records; returns how many records changed. */
    int erase(DataSubject subject);

    /**
     * Anonymises this module's records under the retention rule {@code rule} (a key of
     * {@code kobling.privacy.retention.*}) that expired before {@code cutoff} and belong to the {@code scope} (by the
     * organisation that owns or organised them); returns how many. Modules without such records keep the default.
     */
    default int expire(String rule, java.time.Instant cutoff, RetentionScope scope) {
        return 0;
    }
}
