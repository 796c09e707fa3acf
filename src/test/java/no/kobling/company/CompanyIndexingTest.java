package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.kobling.company.application.Views.CompanyHit;
import no.kobling.company.search.CompanyIndexer;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows written with JDBC as the importer writes them (with {@code index_pending}) reach the index through
 * CompanyImportCompleted; rows written behind the application's back reach it through "reindex".
 */
@Tag("search")
@IntegrationTest
class CompanyIndexingTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CompanySearch search;
    @Autowired
    CompanyIndexer indexer;

    @Test
    void importedRowsAreIndexedAfterTheRunAndByTheReindexCommand() throws Exception {
        String tag = "Imp" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "q");
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into company_import_run (format, file_name, started_by, started_at, "
                    + "status) values ('BRREG_JSON', 'test.json', 'test', ?, 'COMPLETED')", new String[] {"id"});
            ps.setTimestamp(1, now);
            return ps;
        }, keys);
        long runId = keys.getKey().longValue();
        insert(tag + " Importert AS", runId, now, true);

        assertThat(find(tag)).isEmpty();
        events.publishEvent(new CompanyImportCompleted(runId, 1, 0));
        assertThat(find(tag)).extracting(CompanyHit::name).containsExactly(tag + " Importert AS");

        insert(tag + " Uten Hendelse AS", null, now, false);
        assertThat(find(tag)).hasSize(1);
        assertThat(indexer.run(List.of())).isZero();
        assertThat(find(tag)).hasSize(2);
    }

    private void insert(String name, Long runId, Timestamp now, boolean indexPending) {
        jdbc.update("insert into company_company (country_code, org_number, name, status, source, last_import_run_id, "
                + "created_at, updated_at, index_pending) values ('NO', ?, ?, 'ACTIVE', 'BRREG', ?, ?, ?, ?)",
                CompanyTestData.norwegianNumber(), name, runId, now, now, indexPending);
    }

    private List<CompanyHit> find(String text) {
        return SystemAccess.run(() -> search.search(CompanyQuery.text(text), PageRequest.of(0, 10)).page()
                .getContent());
    }
}
