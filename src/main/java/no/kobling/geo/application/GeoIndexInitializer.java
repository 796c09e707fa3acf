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
class GeoIndexInitializer implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(GeoIndexInitializer.class);

    private final EntityManagerFactory emf;

    GeoIndexInitializer(EntityManagerFactory emf) {
        this.emf = emf;
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
            }
        } finally {
            em.close();
        }
    }
}
