package no.kobling.company.importing.application;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import no.kobling.company.importing.persistence.CompanyDocuments;
import no.kobling.company.importing.persistence.CompanyUpserter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index half of an import: writes the documents of each committed batch from the values in memory
 * ({@link CompanyDocuments}) on its own thread, at most two batches behind the writer. {@link #finish} waits for the
 * last write and commits the index; it says false when a write failed (the importer then flags the run's rows for
 * the search indexer, so the index still converges).
 */
final class BatchIndexer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchIndexer.class);

    private final ExecutorService thread;
    private final Semaphore room = new Semaphore(2);
    private final Future<CompanyDocuments.Writer> writer;
    private volatile Throwable failure;

    BatchIndexer(CompanyDocuments documents, long runId) {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "company-import-index-" + runId);
            t.setDaemon(true);
            return t;
        });
        writer = thread.submit(documents::writer);
    }

    /** Queues the index write of a committed batch (waits while two are queued). */
    void submit(List<CompanyUpserter.Written> rows) throws InterruptedException {
        if (rows.isEmpty() || failure != null) {
            return;
        }
        room.acquire();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    writer.get().index(rows);
                }
            } catch (Throwable e) {
                failure = e;
                LOG.error("Index write of an import batch failed; the run's rows are left to the search indexer", e);
            } finally {
                room.release();
            }
        });
    }

    /** Waits for every queued write and commits the index; false when a write failed. */
    boolean finish() {
        try {
            thread.submit(() -> {
                if (failure == null) {
                    writer.get().flush();
                }
                return null;
            }).get();
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        return failure == null;
    }

    @Override
    public void close() {
        thread.execute(() -> {
            try {
                writer.get().close();
            } catch (Exception e) {
                LOG.debug("Closing the import's index writer", e);
            }
        });
        thread.shutdown();
    }
}
