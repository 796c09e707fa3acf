package no.kobling.company.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.company.importing.persistence.ImportUploadStore;
import no.kobling.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Uploaded imports across nodes. {@link #accept} stores the upload in the database (run RECEIVING, then QUEUED);
 * {@link #claimNext} lets any node take the oldest queued run (one conditional update: exactly one claimer wins),
 * import it from the stored chunks and delete them once the run has ended. A run whose node died is queued again by
 * {@link ImportRecovery} and resumed by whichever node claims it. The node that received the upload need not be the one that
 * imports it.
 */
@Component
public class ImportQueue {

    private static final Logger LOG = LoggerFactory.getLogger(ImportQueue.class);

    private final ImportRunStore runs;
    private final ImportUploadStore uploads;
    private final CompanyImporter importer;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "company-import");
        t.setDaemon(true);
        return t;
    });

    ImportQueue(ImportRunStore runs, ImportUploadStore uploads, CompanyImporter importer, Clock clock) {
        this.runs = runs;
        this.uploads = uploads;
        this.importer = importer;
        this.clock = clock;
    }

    /**
     * Stores the upload received by node {@code node} and queues its run; returns the run id, or throws
     * {@code upload-too-large} (413) when it is longer than {@code limit} bytes (nothing stays stored).
     */
    public long accept(ImportFormat format, String fileName, String actor, InputStream in, long limit, String node)
            throws IOException {
        long runId = runs.create(format.code(), fileName, actor, clock.instant(), "RECEIVING", node);
        long[] lastBeat = {System.nanoTime()};
        long size;
        try {
            size = uploads.store(runId, in, limit, bytes -> {
                if (System.nanoTime() - lastBeat[0] > 10_000_000_000L) {
                    lastBeat[0] = System.nanoTime();
                    runs.progress(runId, node, clock.instant(), new ImportRunStore.Counts(0, 0, 0, 0, 0));
                }
            });
        } catch (IOException | RuntimeException e) {
            uploads.delete(runId);
            runs.finish(runId, node, "FAILED", clock.instant(), new ImportRunStore.Counts(0, 0, 0, 0, 0),
                    "companyimport.failure.read|0|upload broke off: " + e.getMessage());
            throw e;
        }
        if (size < 0) {
            runs.delete(runId);
            throw new DomainException(413, "upload-too-large", "companyimport.error.too-large",
                    String.valueOf(limit / (1024 * 1024)));
        }
        runs.queue(runId, node, clock.instant());
        return runId;
    }

    /** Claims the oldest queued run for {@code node} and imports it; empty when no run was waiting. */
    public Optional<Long> claimNext(String node) {
        for (Long id : runs.queued()) {
            if (runs.claim(id, node, clock.instant())) {
                importClaimed(id, node);
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Claims and imports queued runs until none is left. */
    public void drain(String node) {
        while (claimNext(node).isPresent()) {
            LOG.debug("Imported a queued run on {}", node);
        }
    }

    /** Drains the queue on this node's import thread (one import at a time per node). */
    public void kick(String node) {
        executor.submit(() -> {
            try {
                drain(node);
            } catch (RuntimeException e) {
                LOG.error("Claiming queued import runs failed", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Imports a claimed run (a resumed one goes on after the records its committed batches hold). The upload stays
     * stored until the run has ended: if this node dies or loses the run meanwhile, the node that takes it over
     * still reads it.
     */
    private void importClaimed(long runId, String node) {
        try {
            String[] run = runs.formatAndName(runId).orElseThrow();
            ImportFormat format = ImportFormat.fromCode(run[0]).orElseThrow();
            importer.run(node, runId, format, () -> uploads.open(runId), uploads.size(runId), run[2], c -> { });
        } finally {
            String status = runs.find(runId).map(r -> r.status()).orElse("FAILED");
            if ("COMPLETED".equals(status) || "FAILED".equals(status)) {
                uploads.delete(runId);
            }
        }
    }
}
