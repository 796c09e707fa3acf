package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import no.kobling.company.importing.application.ImportQueue;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12.3: an upload accepted by node A is stored in the database, not on A's disk, and imported by node B; when
 * two nodes claim the queued run at the same moment exactly one imports it.
 */
@IntegrationTest
class ImportAcrossNodesTest {

    @Autowired
    ImportQueue queue;
    @Autowired
    ImportRunStore runs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void aRunAcceptedByNodeAIsImportedByNodeB() throws Exception {
        String org = TestNumbers.norway();
        String name = ImportIndexIntegrityTest.word() + " AS";
        byte[] file = (ImportIndexIntegrityTest.HEADER + ImportIndexIntegrityTest.row(org, name, "Gate 2"))
                .getBytes(StandardCharsets.UTF_8);

        long runId = queue.accept(ImportFormat.BRREG_CSV, "a.csv", "test", new ByteArrayInputStream(file),
                1 << 20, "node-A");
        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo("QUEUED");
        assertThat(storedBytes(runId)).isEqualTo(file.length);

        Optional<Long> claimed = claimUntil(runId, "node-B");

        assertThat(claimed).contains(runId);
        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo("COMPLETED");
        assertThat(runs.find(runId).orElseThrow().inserted()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select owner_node from company_import_run where id = ?", String.class, runId))
                .isEqualTo("node-B");
        assertThat(jdbc.queryForObject("select name from company_company where country_code = 'NO' and org_number = ?",
                String.class, org)).isEqualTo(name);
        assertThat(storedBytes(runId)).isZero();
    }

    @Test
    void twoNodesClaimingAtOnceImportTheRunOnce() throws Exception {
        String org = TestNumbers.norway();
        byte[] file = (ImportIndexIntegrityTest.HEADER + ImportIndexIntegrityTest.row(org, "Claim Test AS", "Gate 3"))
                .getBytes(StandardCharsets.UTF_8);
        long runId = queue.accept(ImportFormat.BRREG_CSV, "b.csv", "test", new ByteArrayInputStream(file), 1 << 20,
                "node-A");
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Boolean> claimedThisRun = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (String node : List.of("node-B", "node-C")) {
            Thread t = new Thread(() -> {
                try {
                    barrier.await();
                    claimedThisRun.add(runs.claim(runId, node, clock.instant()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(claimedThisRun).containsExactlyInAnyOrder(true, false);
        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo("RUNNING");
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

    private long storedBytes(long runId) {
        return jdbc.queryForObject("select coalesce(sum(octet_length(data)), 0) from company_import_upload_chunk "
                + "where import_run_id = ?", Long.class, runId);
    }
}
