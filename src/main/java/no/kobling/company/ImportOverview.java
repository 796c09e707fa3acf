package no.kobling.company;

import java.time.Instant;
import java.util.Optional;

/** The last register import, for the administrator's home page (issue 16). Needs ADMINISTER_REFERENCE_DATA. */
public interface ImportOverview {

    Optional<LastImport> lastImport();

    /** {@code status}: RECEIVING, QUEUED, RUNNING, COMPLETED or FAILED. */
    record LastImport(long id, String fileName, String status, Instant startedAt, long inserted, long updated,
            long rejected) {
    }
}
