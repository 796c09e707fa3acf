package no.kobling.company.importing.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import no.kobling.company.domain.Company;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.company.domain.FormerName;
import no.kobling.company.domain.NaceInfo;
import no.kobling.company.domain.PlaceInfo;
import no.kobling.company.importing.domain.ValidCompany;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.mapper.orm.spi.BatchMappingContext;
import org.hibernate.search.mapper.pojo.model.spi.PojoRawTypeIdentifier;
import org.hibernate.search.mapper.pojo.work.spi.PojoIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

/**
 * Index writes of imported companies from the values already in memory (issue 18.3): the company is built as a
 * transient entity through Hibernate ORM's own persister (id, the indexed imported fields, the municipality and NACE
 * code from reference data loaded once per run) and handed to Hibernate Search (a new company with the mass indexer's
 * add, an updated one with the indexing plan's add-or-update), so the document is exactly the one the mapping makes,
 * without reloading the row. Only for companies whose document has
 * nothing but imported values (new ones, and updated ones without description, target groups or merge).
 *
 * <p>A batch's writes wait for the backend to apply them (a failure comes back to the caller) but are <em>not</em>
 * committed one by one (issue 18.3, second round): a Lucene commit per batch of 5,000 made a small segment per batch
 * and kept the merge threads busy. The index is committed by {@link Writer#flush()} at the end of the run and in
 * between by the backend's commit interval; a node that dies before leaves its rows to the recovery, which flags them
 * {@code index_pending} ({@code docs/imports.md}).
 */
@Component
public class CompanyDocuments {

    /** Wait for the index write, fail on its failure, but neither commit nor refresh (write-sync minus the commit). */
    static final IndexingPlanSynchronizationStrategy APPLIED_NOT_COMMITTED = context -> {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> {
            Throwable failure = future.join().throwable().orElse(null);
            if (failure != null) {
                throw new SearchException("Index write of an import batch failed: " + failure.getMessage(), failure);
            }
        });
    };

    private static final PojoRawTypeIdentifier<Company> COMPANY = PojoRawTypeIdentifier.of(Company.class);

    private final EntityManagerFactory emf;

    CompanyDocuments(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** A writer for one run (one thread); close it at the end of the run. */
    public Writer writer() {
        return new Writer();
    }

    /** Holds the run's reference data and an entity manager that never loads companies. */
    public final class Writer implements AutoCloseable {

        private final EntityManager em = emf.createEntityManager();
        private final Map<Long, PlaceInfo> places = new HashMap<>();
        private final Map<String, NaceInfo> naces = new HashMap<>();
        private final EntityPersister persister;
        private final int countryCode;
        private final int orgNumber;
        private final int name;
        private final int formerNames;
        private final int nace;
        private final int place;
        private final int employees;
        private final int status;
        private PojoIndexer indexer;
        private boolean noIndexer;
        private long added;

        Writer() {
            em.createQuery("select distinct p from PlaceInfo p left join fetch p.names", PlaceInfo.class)
                    .getResultList().forEach(p -> places.put(p.getId(), p));
            em.createQuery("select n from NaceInfo n", NaceInfo.class).getResultList()
                    .forEach(n -> naces.put(n.getCode(), n));
            em.clear();
            persister = emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                    .getEntityDescriptor(Company.class);
            List<String> props = Arrays.asList(persister.getPropertyNames());
            countryCode = index(props, "countryCode");
            orgNumber = index(props, "orgNumber");
            name = index(props, "name");
            formerNames = index(props, "formerNames");
            nace = index(props, "nace");
            place = index(props, "place");
            employees = index(props, "employees");
            status = index(props, "status");
        }

        private static int index(List<String> props, String property) {
            int i = props.indexOf(property);
            if (i < 0) {
                throw new IllegalStateException("Company has no property " + property);
            }
            return i;
        }

        /**
         * Writes the documents of {@code rows} and waits for the index write: a company the batch created is
         * <em>added</em> (its id is new, so no document can have it: Lucene then keeps no delete term per document,
         * which it would otherwise resolve against every segment at each flush), an updated one is added or updated.
         */
        public void index(List<CompanyUpserter.Written> rows) {
            if (rows.isEmpty()) {
                return;
            }
            SearchSession session = Search.session(em);
            session.indexingPlanSynchronizationStrategy(APPLIED_NOT_COMMITTED);
            SearchIndexingPlan plan = null;
            List<CompletableFuture<?>> adds = new ArrayList<>();
            for (CompanyUpserter.Written w : rows) {
                Company company = company(w.id(), w.company());
                PojoIndexer adder = w.created() ? adder() : null;
                if (adder != null) {
                    added++;
                    adds.add(adder.add(COMPANY, w.id(), null, company, DocumentCommitStrategy.NONE,
                            DocumentRefreshStrategy.NONE, OperationSubmitter.blocking()));
                } else {
                    if (plan == null) {
                        plan = session.indexingPlan();
                    }
                    plan.addOrUpdate(company);
                }
            }
            if (plan != null) {
                plan.execute();
            }
            for (CompletableFuture<?> add : adds) {
                try {
                    add.join();
                } catch (CompletionException e) {
                    Throwable failure = e.getCause() == null ? e : e.getCause();
                    throw new SearchException("Index write of an import batch failed: " + failure.getMessage(),
                            failure);
                }
            }
        }

        /**
         * Hibernate Search's indexer for this entity manager, with the mass indexer's "add", through the ORM mapper's
         * batch SPI ({@code BatchMappingContext}, which its Jakarta Batch integration uses: the public indexing plan
         * has add-or-update only). Null if the mapping does not offer it; the writes then go through the plan.
         */
        private PojoIndexer adder() {
            if (indexer == null && !noIndexer) {
                if (Search.mapping(emf) instanceof BatchMappingContext batch) {
                    indexer = batch.sessionContext(em).createIndexer();
                } else {
                    noIndexer = true;
                }
            }
            return indexer;
        }

        /** How many documents this writer added (new companies) rather than added or updated. */
        public long added() {
            return added;
        }

        /**
         * Makes the index writes so far durable (a commit of the index) and visible to the next search (a refresh:
         * the batches neither commit nor refresh, and on OpenSearch a document is searchable only after a refresh).
         */
        public void flush() {
            var workspace = Search.session(em).workspace(Company.class);
            workspace.flush();
            workspace.refresh();
        }

        private Company company(long id, ValidCompany v) {
            Company c = (Company) persister.instantiate(id, em.unwrap(SharedSessionContractImplementor.class));
            persister.setPropertyValue(c, countryCode, v.countryCode());
            persister.setPropertyValue(c, orgNumber, v.orgNumber());
            persister.setPropertyValue(c, name, v.name());
            Set<FormerName> former = new HashSet<>();
            v.formerNames().forEach(n -> former.add(new FormerName(n, null)));
            persister.setPropertyValue(c, formerNames, former);
            persister.setPropertyValue(c, nace, v.naceCode() == null ? null : naces.get(v.naceCode()));
            persister.setPropertyValue(c, place, v.municipalityId() == null ? null : places.get(v.municipalityId()));
            persister.setPropertyValue(c, employees, v.employees());
            persister.setPropertyValue(c, status, CompanyStatus.valueOf(v.status().name()));
            return c;
        }

        @Override
        public void close() {
            em.close();
        }
    }
}
