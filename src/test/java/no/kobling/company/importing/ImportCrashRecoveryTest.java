package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import no.kobling.company.domain.Company;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.importing.application.ImportRecovery;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.company.importing.persistence.ImportRunStore.Counts;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding 8.2: after kill -9 in the middle of an import the index converges with the table, and the killed run does
 * not stay RUNNING. The state a killed run leaves is made exactly: its batches are committed (rows written and flagged
 * for indexing by the same statements), their index writes never happened, and its run row says RUNNING with a
 * heartbeat older than the lease.
 */
@Tag("search")
@IntegrationTest
class ImportCrashRecoveryTest {

    @Autowired
    CompanyImporter importer;
    @Autowired
    ImportRecovery recovery;
    @Autowired
    ImportRunStore runs;
    @Autowired
    CompanySearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @PersistenceContext
    EntityManager em;

    @Test
    void aKilledRunIsMarkedFailedAndItsRowsBecomeSearchable() throws Exception {
        String word = ImportIndexIntegrityTest.word();
        List<String> orgs = List.of(TestNumbers.norway(), TestNumbers.norway(), TestNumbers.norway());
        String csv = csv(word, orgs);
        long killed = runs.create("brreg-csv", "killed.csv", "test", clock.instant().minus(Duration.ofHours(2)),
                "RUNNING", "node-that-died");
        long alive = runs.create("brreg-csv", "alive.csv", "test", clock.instant(), "RUNNING", "node-alive");
        importThenLoseTheIndexWrites(csv, orgs);
        assertThat(hits(word)).isZero();

        ImportRecovery.Report report = recovery.recover();

        assertThat(report.failedRuns()).contains(killed).doesNotContain(alive);
        assertThat(runs.find(killed).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(runs.find(killed).orElseThrow().failureKey()).isEqualTo("companyimport.failure.abandoned");
        assertThat(runs.find(alive).orElseThrow().status()).isEqualTo("RUNNING");
        assertThat(hits(word)).isEqualTo(orgs.size());
        assertThat(pending(orgs)).isZero();
    }

    @Test
    void aReRunThatFindsTheRowsUnchangedStillIndexesThem() throws Exception {
        String word = ImportIndexIntegrityTest.word();
        List<String> orgs = List.of(TestNumbers.norway(), TestNumbers.norway());
        String csv = csv(word, orgs);
        importThenLoseTheIndexWrites(csv, orgs);
        assertThat(hits(word)).isZero();

        Counts counts = run(csv);

        assertThat(counts.unchanged()).isEqualTo(orgs.size());
        assertThat(hits(word)).isEqualTo(orgs.size());
    }

    /** A complete import, then its index writes undone and the rows flagged: what a kill between commit and index leaves. */
    private void importThenLoseTheIndexWrites(String csv, List<String> orgs) throws Exception {
        run(csv);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            var plan = Search.session(em).indexingPlan();
            for (String org : orgs) {
                Long id = jdbc.queryForObject("select id from company_company where country_code = 'NO' and "
                        + "org_number = ?", Long.class, org);
                plan.purge(Company.class, id, null);
            }
            plan.execute();
        });
        for (String org : orgs) {
            jdbc.update("update company_company set index_pending = true where country_code = 'NO' and org_number = ?",
                    org);
        }
    }

    private Counts run(String csv) throws Exception {
        Path file = ImportTestSupport.file(".csv", csv);
        long id = importer.createRun(ImportFormat.BRREG_CSV, "crash.csv", "test");
        return importer.run(id, ImportFormat.BRREG_CSV, file, "test", c -> { });
    }

    private static String csv(String word, List<String> orgs) {
        StringBuilder sb = new StringBuilder(ImportIndexIntegrityTest.HEADER);
        int i = 0;
        for (String org : orgs) {
            sb.append(ImportIndexIntegrityTest.row(org, word + " " + (char) ('A' + i++) + " AS", "Gate 1"));
        }
        return sb.toString();
    }

    private long pending(List<String> orgs) {
        return orgs.stream().mapToLong(o -> jdbc.queryForObject("select count(*) from company_company where "
                + "country_code = 'NO' and org_number = ? and index_pending = true", Long.class, o)).sum();
    }

    private long hits(String word) {
        return SystemAccess.run(() -> search.search(CompanyQuery.text(word), PageRequest.of(0, 20)))
                .page().getTotalElements();
    }
}
