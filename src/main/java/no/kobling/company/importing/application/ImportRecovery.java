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
 * What a crash leaves behind, put right: a running run whose owner stopped renewing its lease and whose upload is still
 * stored is queued again, and another node resumes it after the records its committed batches hold (issue 18: "kills A
 * during an import and completes on B"), at most {@value #MAX_ATTEMPTS} claims in all; any other abandoned run (a
 * receiving upload, a command-line import of a local file, a run given up) is marked FAILED and its stored upload
 * deleted. The rows such a run wrote are indexed again (its in-batch index writes may have died with the node), as is
 * every company whose index write is still pending. Runs at start-up and periodically ({@link ImportRecoveryJob});
 * idempotent.
 */
@Component
public class ImportRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRecovery.class);

    /** Claims of one run before recovery gives up on it. */
    public static final int MAX_ATTEMPTS = 3;

    /** What one recovery did. */
    public record Report(List<Long> failedRuns, List<Long> requeuedRuns, long indexed) {
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
        ImportRunStore.Abandoned abandoned = runs.takeBackAbandoned(now.minus(node.lease()), now, MAX_ATTEMPTS,
                uploads::exists);
        abandoned.failed().forEach(uploads::delete);
        long indexed = indexer.indexPending();
        if (!abandoned.failed().isEmpty() || !abandoned.requeued().isEmpty() || indexed > 0) {
            LOG.warn("Import recovery: queued runs {} again and marked runs {} as FAILED (owner stopped reporting), "
                    + "indexed {} pending companies", abandoned.requeued(), abandoned.failed(), indexed);
        }
        return new Report(abandoned.failed(), abandoned.requeued(), indexed);
    }
}
