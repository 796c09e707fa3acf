package no.kobling.company.importing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.company.importing.persistence.ImportUploadStore;
import no.kobling.company.search.CompanyIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a crash leaves behind, put right: receiving or running runs whose owner stopped renewing its lease are marked
 * FAILED ({@code companyimport.failure.abandoned}) and their stored uploads deleted; companies whose index write is
 * still pending are indexed. Runs at start-up and periodically ({@link ImportRecoveryJob}); idempotent.
 */
@Component
public class ImportRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRecovery.class);

    /** What one recovery did. */
    public record Report(List<Long> failedRuns, long indexed) {
    }

    private final ImportRunStore runs;
    private final ImportUploadStore uploads;
    private final CompanyIndexer indexer;
    private final ImportNode node;
    private final Clock clock;

    ImportRecovery(ImportRunStore runs, ImportUploadStore uploads, CompanyIndexer indexer, ImportNode node,
            Clock clock) {
        this.runs = runs;
        this.uploads = uploads;
        this.indexer = indexer;
        this.node = node;
        this.clock = clock;
    }

    public Report recover() {
        Instant now = clock.instant();
        List<Long> failed = runs.failAbandoned(now.minus(node.lease()), now);
        failed.forEach(uploads::delete);
        long indexed = indexer.indexPending();
        if (!failed.isEmpty() || indexed > 0) {
            LOG.warn("Import recovery: marked runs {} as FAILED (owner stopped reporting), indexed {} pending "
                    + "companies", failed, indexed);
        }
        return new Report(failed, indexed);
    }
}
