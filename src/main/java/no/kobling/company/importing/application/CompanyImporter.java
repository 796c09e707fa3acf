package no.kobling.company.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import no.kobling.company.CompanyImportCompleted;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.domain.CompanyValidator;
import no.kobling.company.importing.domain.ImportFileException;
import no.kobling.company.importing.domain.NorwegianMunicipalityReform;
import no.kobling.company.importing.domain.SourceRecord;
import no.kobling.company.importing.domain.ValidCompany;
import no.kobling.company.importing.persistence.CompanyDocuments;
import no.kobling.company.importing.persistence.CompanyUpserter;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.company.importing.persistence.ImportRunStore.Counts;
import no.kobling.company.importing.persistence.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import in three parallel parts (issue 18.3): a parser thread ({@link RecordReader}) reads and validates the
 * file and hands over batches of {@value #BATCH} companies ({@value #COPY_BATCH} on PostgreSQL); the calling thread
 * writes each batch, with its rejections, the run's counters and the renewal of this node's lease on the run, in its
 * own transaction ({@link CompanyUpserter}: COPY and one set-based upsert on PostgreSQL, batched JDBC on H2); an index
 * thread ({@link BatchIndexer}) writes the documents of the batch's new and fully re-imported companies from the
 * values in memory once the batch is committed (the others are flagged {@code index_pending} in the batch's statements
 * and indexed after the run by the search indexer). The index is committed before the run is marked ended; a node that
 * dies before leaves the run RUNNING, and recovery flags the run's rows for indexing again.
 * When the file breaks off (cut off, corrupt, wrong encoding from some point on) every complete record before the break
 * is still written, then the run ends as FAILED with the record/line number of the break. A run whose lease was taken
 * away (another node took the run back after it stopped reporting) stops at once. A run that was already partly
 * written (resumed after its node died) goes on after the records its counters hold. The same organisation number
 * twice in one file: the first occurrence is imported, later ones are rejected as {@code duplicate-in-file}. After the
 * run is recorded, {@link CompanyImportCompleted} is published in that transaction (the search indexer then indexes the
 * rows left pending).
 */
@Component
public class CompanyImporter {

    static final int BATCH = 1000;
    /** Batch size when writing with COPY (PostgreSQL): fewer, larger statements. */
    static final int COPY_BATCH = 5000;
    /** Rejections stored per run; the count goes on. */
    static final long MAX_STORED_REJECTIONS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(CompanyImporter.class);

    /** Opens the file's bytes (a local file or a stored upload). */
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final ReferenceDataLoader referenceData;
    private final CompanyUpserter upserter;
    private final CompanyDocuments documents;
    private final ImportRunStore runs;
    private final ImportProgress progress;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final ImportNode node;
    private final NorwegianMunicipalityReform reform = NorwegianMunicipalityReform.load();

    CompanyImporter(ReferenceDataLoader referenceData, CompanyUpserter upserter, CompanyDocuments documents,
            ImportRunStore runs, ImportProgress progress, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, java.time.Clock clock, ImportNode node) {
        this.referenceData = referenceData;
        this.upserter = upserter;
        this.documents = documents;
        this.runs = runs;
        this.progress = progress;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.node = node;
    }

    /** Creates the run row (RUNNING, held by this node) and returns its id. */
    public long createRun(ImportFormat format, String fileName, String actor) {
        return runs.create(format.code(), fileName, actor, clock.instant(), "RUNNING", node.id());
    }

    /** Imports the file into run {@code runId}; {@code onProgress} gets the counts after each batch. */
    public Counts run(long runId, ImportFormat format, Path file, String actor, Consumer<Counts> onProgress) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        return run(runId, format, () -> Files.newInputStream(file), size, actor, onProgress);
    }

    /** Imports a run this node holds. */
    public Counts run(long runId, ImportFormat format, Opener opener, long size, String actor,
            Consumer<Counts> onProgress) {
        return run(node.id(), runId, format, opener, size, actor, onProgress);
    }

    /**
     * Imports the bytes of {@code opener} ({@code size} bytes, for progress) into run {@code runId}, which node
     * {@code owner} holds (renewing its lease with every batch); returns the run's counts.
     */
    public Counts run(String owner, long runId, ImportFormat format, Opener opener, long size, String actor,
            Consumer<Counts> onProgress) {
        State state = new State(owner, runs.counts(runId));
        boolean copy = upserter.postgres();
        try (InputStream raw = opener.open(); BatchIndexer index = new BatchIndexer(documents, runId)) {
            CountingInputStream counting = new CountingInputStream(raw);
            progress.start(runId, counting::count, size);
            RecordReader reader = new RecordReader(format, counting,
                    new CompanyValidator(referenceData.load(), reform), copy ? COPY_BATCH : BATCH, state.read);
            Thread parser = new Thread(reader, "company-import-parse-" + runId);
            parser.setDaemon(true);
            parser.start();
            RecordReader.Chunk chunk;
            try {
                do {
                    chunk = reader.next();
                    index.submit(flush(runId, format, actor, state, chunk, copy));
                    if (!chunk.last()) {
                        onProgress.accept(state.counts());
                    }
                } while (!chunk.last());
            } finally {
                reader.stop();
            }
            if (!index.finish()) {
                runs.flagRowsForIndex(runId);
            }
            finish(runId, chunk.failure() == null ? "COMPLETED" : "FAILED", state, failure(runId, state,
                    chunk.failure()));
        } catch (LeaseLost e) {
            log.warn("Import run {} lost its lease (taken back by another node) and stopped", runId);
        } catch (IOException e) {
            finish(runId, "FAILED", state, "companyimport.failure.read|" + state.read + "|" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(runId, "FAILED", state, "companyimport.failure.internal|" + state.read + "|" + e);
        } catch (RuntimeException e) {
            log.error("Import run {} failed", runId, e);
            finish(runId, "FAILED", state, "companyimport.failure.internal|" + state.read + "|" + e);
        } finally {
            progress.end(runId);
        }
        return state.counts();
    }

    /** The run's failure text for how the parser ended (null: the file was read to its end). */
    private static String failure(long runId, State state, Exception e) {
        if (e == null) {
            return null;
        }
        if (e instanceof ImportFileException f) {
            log.warn("Import run {} failed at record {}: {}", runId, f.recordNumber(), f.getMessage());
            return f.messageKey() + "|" + f.recordNumber() + "|" + f.getMessage();
        }
        if (e instanceof IOException) {
            return "companyimport.failure.read|" + state.read + "|" + e.getMessage();
        }
        log.error("Import run {} failed", runId, e);
        return "companyimport.failure.internal|" + state.read + "|" + e;
    }

    /** Writes one chunk in one transaction; returns the companies to index from memory. */
    private List<CompanyUpserter.Written> flush(long runId, ImportFormat format, String actor, State state,
            RecordReader.Chunk chunk, boolean copy) {
        List<ValidCompany> batch = chunk.valid();
        List<SourceRecord.Rejected> rejected = chunk.rejected();
        long storable = Math.max(0, MAX_STORED_REJECTIONS - state.rejected);
        CompanyUpserter.Outcome outcome = tx.execute(s -> {
            CompanyUpserter.Outcome o = upserter.write(batch, format.source(), runId, actor, clock.instant());
            runs.reject(runId, rejected.subList(0, (int) Math.min(rejected.size(), storable)), copy);
            boolean held = runs.progress(runId, state.owner, clock.instant(), new Counts(chunk.readUpTo(),
                    state.inserted + o.inserted(), state.updated + o.updated(), state.unchanged + o.unchanged(),
                    state.rejected + rejected.size()));
            if (!held) {
                s.setRollbackOnly();
                return null;
            }
            return o;
        });
        if (outcome == null) {
            throw new LeaseLost();
        }
        state.read = chunk.readUpTo();
        state.inserted += outcome.inserted();
        state.updated += outcome.updated();
        state.unchanged += outcome.unchanged();
        state.rejected += rejected.size();
        return outcome.toIndex();
    }

    private void finish(long runId, String status, State state, String failure) {
        Counts counts = state.counts();
        tx.executeWithoutResult(s -> {
            if (runs.finish(runId, state.owner, status, clock.instant(), counts, failure)) {
                events.publishEvent(new CompanyImportCompleted(runId, counts.inserted(), counts.updated()));
            }
        });
    }

    /** This node no longer holds the run. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }

    private static final class State {
        final String owner;
        long read;
        long inserted;
        long updated;
        long unchanged;
        long rejected;

        /** Starts from the counters of the run's committed batches (all zero for a new run). */
        State(String owner, Counts done) {
            this.owner = owner;
            read = done.recordsRead();
            inserted = done.inserted();
            updated = done.updated();
            unchanged = done.unchanged();
            rejected = done.rejected();
        }

        Counts counts() {
            return new Counts(read, inserted, updated, unchanged, rejected);
        }
    }
}
