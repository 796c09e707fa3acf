package no.kobling.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.kobling.shared.JobLease;
import no.kobling.support.IntegrationTest;
import no.kobling.support.Parallel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18.2: two nodes whose timers fire at the same moment run a job once. Each round, two lease holders race for
 * the same job's lease on the real database (H2, or PostgreSQL under -Ppostgres); exactly one runs the work.
 */
@IntegrationTest
class JobLeaseAcrossNodesTest {

    @Autowired
    JobLease lease;

    @Test
    void twoNodesFiringTogetherRunTheJobOnce() throws Exception {
        Instant now = Instant.parse("2002-03-04T02:40:00Z");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int round = 0; round < 20; round++) {
            String job = "probe-" + tag + "-" + round;
            AtomicInteger runs = new AtomicInteger();
            List<Boolean> took = Parallel.run(2, node -> () -> {
                boolean mine = lease.tryTake(job, "node-" + node, now, Duration.ofHours(20));
                if (mine) {
                    runs.incrementAndGet();
                }
                return mine;
            });
            assertThat(took).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(runs).as("round %d", round).hasValue(1);
        }
    }

    @Test
    void theNextRoundGoesToWhicheverNodeAsksAfterTheLeaseEnds() {
        Instant now = Instant.parse("2002-03-04T02:40:00Z");
        String job = "probe-" + UUID.randomUUID();
        assertThat(lease.tryTake(job, "node-a", now, Duration.ofSeconds(15))).isTrue();
        assertThat(lease.tryTake(job, "node-b", now.plusSeconds(10), Duration.ofSeconds(15))).isFalse();
        assertThat(lease.tryTake(job, "node-a", now.plusSeconds(14), Duration.ofSeconds(15)))
                .as("not even the holder runs twice inside its lease").isFalse();
        assertThat(lease.tryTake(job, "node-b", now.plusSeconds(15), Duration.ofSeconds(15))).isTrue();
    }
}
