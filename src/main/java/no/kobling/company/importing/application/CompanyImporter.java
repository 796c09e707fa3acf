package no.kobling.company.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.kobling.company.CompanyImportCompleted;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.domain.CompanyValidator;
import no.kobling.company.importing.domain.ImportFileException;
import no.kobling.company.importing.domain.NorwegianMunicipalityReform;
import no.kobling.company.importing.domain.Rejections;
import no.kobling.company.importing.domain.SeenNumbers;
import no.kobling.company.importing.domain.SourceRecord;
import no.kobling.company.importing.domain.ValidCompany;
import no.kobling.company.importing.parse.RecordSource;
import no.kobling.company.importing.parse.RecordSources;
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
 * Runs one import: streams the file through its parser, validates each record, and writes batches of
 * {@value #BATCH} companies, each batch (with its rejections, the run's counters and the renewal of this node's lease
 * on the run) in its own transaction. When the file breaks off (cut off, corrupt, wrong encoding from some point on)
 * every complete record before the break is still written, then the run ends as FAILED with the record/line number of
 * the break. A run whose lease was taken away (another node marked it FAILED after it stopped reporting) stops at once.
 * The same organisation number twice in one file: the first occurrence is imported, later ones are rejected as
 * {@code duplicate-in-file}. After the run is recorded, {@link CompanyImportCompleted} is published in that
 * transaction (the search indexer then indexes the rows the run left pending).
 */
@Component
public class CompanyImporter {

    static final int BATCH = 1000;
    /** Rejections stored per run; the count goes on. */
    static final long MAX_STORED_REJECTIONS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(CompanyImporter.class);

    /** Opens the file's bytes (a local file or a stored upload). */
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final ReferenceDataLoader referenceData;
    private final CompanyUpserter upserter;
    private final ImportRunStore runs;
    private final ImportProgress progress;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final ImportNode node;
    private final NorwegianMunicipalityReform reform = NorwegianMunicipalityReform.load();

    CompanyImporter(ReferenceDataLoader referenceData, CompanyUpserter upserter, ImportRunStore runs,
            ImportProgress progress, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            java.time.Clock clock, ImportNode node) {
        this.referenceData = referenceData;
        this.upserter = upserter;
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
     * {@code owner} holds (renewing its lease with every batch).
     */
    public Counts run(String owner, long runId, ImportFormat format, Opener opener, long size, String actor,
            Consumer<Counts> onProgress) {
        State state = new State(owner);
        try (InputStream raw = opener.open()) {
            CountingInputStream counting = new CountingInputStream(raw);
            progress.start(runId, counting::count, size);
            CompanyValidator validator = new CompanyValidator(referenceData.load(), reform);
            SeenNumbers seen = new SeenNumbers();
            try (RecordSource source = RecordSources.open(format, counting)) {
                for (SourceRecord r = source.next(); r != null; r = source.next()) {
                    state.read++;
                    Object result = r instanceof SourceRecord.Parsed p
                            ? validator.validate(p.recordNumber(), p.company()) : r;
                    if (result instanceof ValidCompany v) {
                        if (seen.add(v.orgNumber())) {
                            state.batch.add(v);
                        } else {
                            state.rejections.add(new SourceRecord.Rejected(v.recordNumber(), v.orgNumber(),
                                    Rejections.DUPLICATE_IN_FILE, null));
                        }
                    } else {
                        state.rejections.add((SourceRecord.Rejected) result);
                    }
                    if (state.batch.size() >= BATCH || state.rejections.size() >= BATCH) {
                        flush(runId, format, actor, state);
                        onProgress.accept(state.counts());
                    }
                }
            }
            flush(runId, format, actor, state);
            finish(runId, "COMPLETED", state, null);
        } catch (LeaseLost e) {
            log.warn("Import run {} lost its lease (marked FAILED by another node) and stopped", runId);
        } catch (ImportFileException e) {
            log.warn("Import run {} failed at record {}: {}", runId, e.recordNumber(), e.getMessage());
            keepCompleteRecords(runId, format, actor, state);
            finish(runId, "FAILED", state, e.messageKey() + "|" + e.recordNumber() + "|" + e.getMessage());
        } catch (IOException e) {
            keepCompleteRecords(runId, format, actor, state);
            finish(runId, "FAILED", state, "companyimport.failure.read|" + state.read + "|" + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import run {} failed", runId, e);
            finish(runId, "FAILED", state, "companyimport.failure.internal|" + state.read + "|" + e);
        } finally {
            progress.end(runId);
        }
        return state.counts();
    }

    /** The file broke off: the records read completely before the break are written all the same. */
    private void keepCompleteRecords(long runId, ImportFormat format, String actor, State state) {
        try {
            flush(runId, format, actor, state);
        } catch (RuntimeException e) {
            log.error("Import run {}: the records before the break could not be written", runId, e);
        }
    }

    private void flush(long runId, ImportFormat format, String actor, State state) {
        List<ValidCompany> batch = List.copyOf(state.batch);
        List<SourceRecord.Rejected> rejected = List.copyOf(state.rejections);
        state.batch.clear();
        state.rejections.clear();
        long storable = Math.max(0, MAX_STORED_REJECTIONS - state.rejected);
        CompanyUpserter.Outcome outcome = tx.execute(s -> {
            CompanyUpserter.Outcome o = upserter.write(batch, format.source(), runId, actor, clock.instant());
            runs.reject(runId, rejected.subList(0, (int) Math.min(rejected.size(), storable)));
            boolean held = runs.progress(runId, state.owner, clock.instant(), new Counts(state.read,
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
        state.inserted += outcome.inserted();
        state.updated += outcome.updated();
        state.unchanged += outcome.unchanged();
        state.rejected += rejected.size();
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
        final List<ValidCompany> batch = new ArrayList<>(BATCH);
        final List<SourceRecord.Rejected> rejections = new ArrayList<>();
        long read;
        long inserted;
        long updated;
        long unchanged;
        long rejected;

        State(String owner) {
            this.owner = owner;
        }

        Counts counts() {
            return new Counts(read, inserted, updated, unchanged, rejected);
        }
    }
}
