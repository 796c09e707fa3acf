package no.kobling.company.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kobling.company.CompanyImportCompleted;
import no.kobling.company.domain.Company;
import no.kobling.shared.cli.KoblingCommand;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the company index in step with rows that JPA does not see. The importer writes with JDBC and sets
 * {@code company_company.index_pending} in the same statement as the row change; {@link #indexPending()} writes the
 * document of every such row with add-or-update (never a second document for the same company) and clears the flag
 * only after that, and only if the row has not changed again meanwhile (same {@code version}). So the index converges
 * with the table after any crash: the flag survives the crash and the next drain (after a run, at start-up and
 * periodically, see {@code ImportRecoveryJob}) indexes the row. The command {@code reindex} rebuilds the whole
 * company index. Changes made through JPA are indexed automatically by Hibernate Search.
 */
@Component
public class CompanyIndexer implements KoblingCommand {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyIndexer.class);
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    /** When this node last rebuilt the index or drained pending rows (null: not since start-up). */
    private volatile java.time.Instant lastIndexed;
    private final java.time.Clock clock;

    @PersistenceContext
    private EntityManager em;

    CompanyIndexer(JdbcTemplate jdbc, PlatformTransactionManager transactions, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** When this node last rebuilt the index or indexed pending rows; null when not since start-up. */
    public java.time.Instant lastIndexed() {
        return lastIndexed;
    }

    /** Runs after the importer's transaction committed: indexes what the run (and any earlier crash) left pending. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(CompanyImportCompleted event) {
        long n = indexPending();
        LOG.info("Indexed {} pending companies after import run {}", n, event.importRunId());
    }

    /** Indexes every company whose index write is pending; returns how many were indexed. */
    public synchronized long indexPending() {
        long last = 0;
        long total = 0;
        while (true) {
            List<long[]> rows = jdbc.query("select id, version from company_company where index_pending = true "
                    + "and id > ? order by id fetch first " + BATCH + " rows only",
                    (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, last);
            if (rows.isEmpty()) {
                if (total > 0) {
                    lastIndexed = clock.instant();
                }
                return total;
            }
            index(rows);
            total += rows.size();
            last = rows.get(rows.size() - 1)[0];
        }
    }

    private void index(List<long[]> rows) {
        List<Long> ids = rows.stream().map(r -> r[0]).toList();
        tx.executeWithoutResult(s -> {
            em.unwrap(Session.class).setFetchBatchSize(BATCH);
            List<Company> companies = em.createQuery("select c from Company c where c.id in :ids", Company.class)
                    .setParameter("ids", ids).getResultList();
            SearchIndexingPlan plan = Search.session(em).indexingPlan();
            Set<Long> found = new HashSet<>();
            for (Company c : companies) {
                plan.addOrUpdate(c);
                found.add(c.getId());
            }
            for (Long id : ids) {
                if (!found.contains(id)) {
                    plan.purge(Company.class, id, null);
                }
            }
            plan.execute();
            List<Object[]> clear = new ArrayList<>(rows.size());
            rows.forEach(r -> clear.add(new Object[] {r[0], r[1]}));
            jdbc.batchUpdate("update company_company set index_pending = false where id = ? and version = ?", clear);
            em.clear();
        });
    }

    /** Drops and rebuilds the company index from the database. */
    public void reindexAll() throws InterruptedException {
        jdbc.update("update company_company set index_pending = false where index_pending = true");
        Search.mapping(em.getEntityManagerFactory()).scope(Company.class).massIndexer().threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500).startAndWait();
        lastIndexed = clock.instant();
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
