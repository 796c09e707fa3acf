package no.kobling.geo.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.kobling.geo.domain.Municipality;
import no.kobling.geo.domain.NaceCode;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reference data arrives through migrations, which Hibernate Search does not see: at start-up, (re)build the geo
 * indexes when they are empty or out of step with the database (a few thousand rows: well under a second).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeoIndexInitializer implements ApplicationRunner, no.kobling.shared.search.IndexStatusSource {

    private static final Logger LOG = LoggerFactory.getLogger(GeoIndexInitializer.class);

    private final EntityManagerFactory emf;
    private final java.time.Clock clock;
    /** When the geo indexes were last rebuilt on this node (null: not since start-up, they were in step). */
    private volatile java.time.Instant lastIndexed;

    GeoIndexInitializer(EntityManagerFactory emf, java.time.Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    /** Municipalities and NACE codes: documents and rows (reference data: never pending, no rebuild command). */
    @Override
    public java.util.List<IndexStatus> indexStatus() {
        EntityManager em = emf.createEntityManager();
        try {
            return java.util.List.of(status(em, "municipality", Municipality.class, "Municipality"),
                    status(em, "nace", NaceCode.class, "NaceCode"));
        } finally {
            em.close();
        }
    }

    private IndexStatus status(EntityManager em, String name, Class<?> type, String entity) {
        long rows = em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
        try {
            long documents = Search.session(em).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
            return new IndexStatus(name, documents, rows, 0, lastIndexed, null, null);
        } catch (RuntimeException e) {
            return new IndexStatus(name, null, rows, 0, lastIndexed, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        EntityManager em = emf.createEntityManager();
        try {
            var session = Search.session(em);
            long indexed = session.search(Municipality.class).where(f -> f.matchAll()).fetchTotalHitCount()
                    + session.search(NaceCode.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = em.createQuery("select count(m) from Municipality m", Long.class).getSingleResult()
                    + em.createQuery("select count(n) from NaceCode n", Long.class).getSingleResult();
            if (indexed != stored) {
                LOG.info("Indexing reference data: {} rows in the database, {} in the index", stored, indexed);
                session.massIndexer(Municipality.class, NaceCode.class).threadsToLoadObjects(1).startAndWait();
                lastIndexed = clock.instant();
            }
        } finally {
            em.close();
        }
    }
}
