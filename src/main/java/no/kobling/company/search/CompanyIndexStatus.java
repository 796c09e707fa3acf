package no.kobling.company.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.kobling.company.domain.Company;
import no.kobling.shared.search.IndexStatusSource;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company index for the administrator's home page: documents in the index, rows in the register, rows whose index
 * write is pending (the importer's JDBC writes, see {@link CompanyIndexer}), and when this node last indexed.
 */
@Component
class CompanyIndexStatus implements IndexStatusSource {

    private final JdbcTemplate jdbc;
    private final CompanyIndexer indexer;

    @PersistenceContext
    private EntityManager em;

    CompanyIndexStatus(JdbcTemplate jdbc, CompanyIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndexStatus> indexStatus() {
        Long rows = jdbc.queryForObject("select count(*) from company_company", Long.class);
        Long pending = jdbc.queryForObject("select count(*) from company_company where index_pending = true",
                Long.class);
        Long documents = null;
        String failure = null;
        try {
            documents = Search.session(em).search(Company.class).where(f -> f.matchAll()).fetchTotalHitCount();
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return List.of(new IndexStatus("company", documents, rows == null ? 0 : rows, pending == null ? 0 : pending,
                indexer.lastIndexed(), indexer.name(), failure));
    }
}
