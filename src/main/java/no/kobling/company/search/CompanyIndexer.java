package no.kobling.company.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import no.kobling.company.CompanyImportCompleted;
import no.kobling.company.domain.Company;
import no.kobling.shared.cli.KoblingCommand;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the company index in step with rows that JPA does not see: after an import run (written with JDBC) it
 * re-indexes the companies that run wrote; the command {@code reindex} rebuilds the whole company index.
 * Changes made through JPA are indexed automatically by Hibernate Search.
 */
@Component
public class CompanyIndexer implements KoblingCommand {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyIndexer.class);

    private final EntityManagerFactory emf;

    CompanyIndexer(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * Runs after the importer's transaction committed (or at once when it is published outside a transaction, as the
     * importer does after its run).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(CompanyImportCompleted event) throws InterruptedException {
        reindexRun(event.importRunId());
    }

    /** Re-indexes the companies the import run wrote last. */
    public void reindexRun(long importRunId) throws InterruptedException {
        MassIndexer indexer = Search.mapping(emf).scope(Company.class).massIndexer()
                .purgeAllOnStart(false).mergeSegmentsOnFinish(false).threadsToLoadObjects(2);
        indexer.type(Company.class).reindexOnly("e.lastImportRunId = :runId").param("runId", importRunId);
        indexer.startAndWait();
        LOG.info("Re-indexed the companies of import run {}", importRunId);
    }

    /** Drops and rebuilds the company index from the database. */
    public void reindexAll() throws InterruptedException {
        Search.mapping(emf).scope(Company.class).massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(500)
                .startAndWait();
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex    rebuild the company search index from the database";
    }

    @Override
    public int run(List<String> args) throws Exception {
        long start = System.nanoTime();
        reindexAll();
        System.out.printf("Company index rebuilt in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
