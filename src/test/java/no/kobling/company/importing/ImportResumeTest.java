package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.importing.application.ImportQueue;
import no.kobling.company.importing.application.ImportRecovery;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.company.importing.persistence.ImportUploadStore;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18.2 ("kills A during an import and completes on B"): node A has committed the first batch of an uploaded
 * import and then stops reporting (its file read hangs, as a dead node's would); recovery queues the run again, node B
 * claims it and resumes after the records A committed, and the run completes with exact counts: every company once,
 * one CREATED change each, every rejection once (a duplicate of a number from A's part is still caught), all of them
 * searchable, the upload deleted. A's late writes are refused (it lost the run). A run whose nodes keep dying is given
 * up after {@value ImportRecovery#MAX_ATTEMPTS} claims.
 */
@Tag("search")
@IntegrationTest
class ImportResumeTest {

    static final int ROWS = 6000; // more than one batch on PostgreSQL too (5,000)
    static final int HANG_AFTER = 5500;

    @Autowired
    ImportQueue queue;
    @Autowired
    CompanyImporter importer;
    @Autowired
    ImportRecovery recovery;
    @Autowired
    ImportRunStore runs;
    @Autowired
    ImportUploadStore uploads;
    @Autowired
    CompanySearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aRunWhoseNodeDiedIsResumedByAnotherNode() throws Exception {
        String word = ImportIndexIntegrityTest.word();
        List<String> orgs = new ArrayList<>();
        StringBuilder csv = new StringBuilder(ImportIndexIntegrityTest.HEADER);
        int hangAt = 0;
        for (int i = 0; i < ROWS; i++) {
            String org = TestNumbers.norway();
            orgs.add(org);
            csv.append(ImportIndexIntegrityTest.row(org, word + " " + i + " AS", "Gate " + i));
            if (i == 10) {
                csv.append(ImportIndexIntegrityTest.row("123", "Bad Number AS", "Gate x")); // rejected in A's part
            }
            if (i == HANG_AFTER) {
                hangAt = csv.toString().getBytes(StandardCharsets.UTF_8).length;
            }
            if (i == ROWS - 2) {
                csv.append(ImportIndexIntegrityTest.row(orgs.get(5), "Twice AS", "Gate y")); // duplicate of A's part
            }
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long runId = queue.accept(ImportFormat.BRREG_CSV, "resume.csv", "test", new ByteArrayInputStream(file),
                1 << 24, "node-A");
        assertThat(runs.claim(runId, "node-A", clock.instant())).isTrue();

        // node A: commits the first batch, then its read of the file hangs (a node that died)
        CountDownLatch kill = new CountDownLatch(1);
        int cut = hangAt;
        Thread nodeA = new Thread(() -> importer.run("node-A", runId, ImportFormat.BRREG_CSV,
                () -> new HangingStream(file, cut, kill), file.length, "test", c -> { }));
        nodeA.start();
        long committed = 0;
        for (int i = 0; i < 600 && committed < 5000; i++) { // 5,000 companies: then A hangs
            Thread.sleep(100);
            committed = runs.counts(runId).recordsRead();
        }
        assertThat(committed).as("A committed its batches before the hang").isEqualTo(5001);
        // time passes: A's lease runs out
        jdbc.update("update company_import_run set heartbeat_at = ? where id = ?",
                java.time.OffsetDateTime.now().minusHours(2), runId);

        ImportRecovery.Report report = recovery.recover();

        assertThat(report.requeuedRuns()).contains(runId);
        assertThat(report.failedRuns()).doesNotContain(runId);
        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo("QUEUED");
        assertThat(uploads.exists(runId)).as("the upload stays for the next node").isTrue();

        assertThat(claimUntil(runId, "node-B")).contains(runId);

        ImportRunView run = runs.find(runId).orElseThrow();
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select owner_node from company_import_run where id = ?", String.class, runId))
                .isEqualTo("node-B");
        assertThat(runs.attempts(runId)).isEqualTo(2);
        assertThat(run.recordsRead()).isEqualTo(ROWS + 2);
        assertThat(run.inserted()).isEqualTo(ROWS);
        assertThat(run.updated() + run.unchanged()).isZero();
        assertThat(run.rejected()).isEqualTo(2);
        assertThat(jdbc.queryForList("select reason_code from company_import_rejection where import_run_id = ? "
                + "order by record_number", String.class, runId)).hasSize(2).contains("duplicate-in-file");
        assertThat(jdbc.queryForObject("select count(*) from company_company where country_code = 'NO' and "
                + "org_number in (" + String.join(",", orgs.stream().map(o -> "'" + o + "'").toList()) + ")",
                Long.class)).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("select count(*) from company_change where import_run_id = ? and kind = "
                + "'CREATED'", Long.class, runId)).isEqualTo(ROWS);
        assertThat(uploads.exists(runId)).as("deleted once the run ended").isFalse();
        assertThat(hits(word)).isEqualTo(ROWS);

        // A wakes up: its next batch is refused (B holds the run), nothing changes
        kill.countDown();
        nodeA.join(30_000);
        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo("COMPLETED");
        assertThat(runs.find(runId).orElseThrow().inserted()).isEqualTo(ROWS);
    }

    @Test
    void aRunIsGivenUpAfterThreeClaims() throws Exception {
        byte[] file = (ImportIndexIntegrityTest.HEADER + ImportIndexIntegrityTest.row(TestNumbers.norway(),
                "Given Up AS", "Gate 1")).getBytes(StandardCharsets.UTF_8);
        long runId = queue.accept(ImportFormat.BRREG_CSV, "dies.csv", "test", new ByteArrayInputStream(file),
                1 << 20, "node-A");
        for (int attempt = 1; attempt <= ImportRecovery.MAX_ATTEMPTS; attempt++) {
            assertThat(runs.claim(runId, "node-" + attempt, clock.instant().minus(Duration.ofHours(2)))).isTrue();
            ImportRecovery.Report report = recovery.recover();
            if (attempt < ImportRecovery.MAX_ATTEMPTS) {
                assertThat(report.requeuedRuns()).contains(runId);
                assertThat(runs.find(runId).orElseThrow().status()).isEqualTo("QUEUED");
            } else {
                assertThat(report.failedRuns()).contains(runId);
            }
        }
        ImportRunView run = runs.find(runId).orElseThrow();
        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.failureKey()).isEqualTo("companyimport.failure.abandoned-attempts");
        assertThat(uploads.exists(runId)).isFalse();
    }

    /** Other tests may have queued runs too: claim until ours was taken. */
    private Optional<Long> claimUntil(long runId, String node) {
        for (int i = 0; i < 50; i++) {
            Optional<Long> claimed = queue.claimNext(node);
            if (claimed.isEmpty() || claimed.get() == runId) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    private long hits(String word) {
        return SystemAccess.run(() -> search.search(CompanyQuery.text(word), PageRequest.of(0, 20)))
                .page().getTotalElements();
    }
}
