package no.kobling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import no.kobling.support.IntegrationTest;
import no.kobling.support.Parallel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public forms' limits hold across application nodes: two limiters (two "nodes", each with its own clock) share
 * only the database, and parallel hits on both are counted together, exactly.
 */
@IntegrationTest
class RateLimiterTest {

    @Autowired
    JdbcTemplate jdbc;

    /** A clock a test moves by hand. */
    static final class HandClock extends Clock {
        final AtomicReference<Instant> now;

        HandClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void parallelHitsOnTwoNodesAreCountedTogetherAndTheWindowStartsAgainWhenItIsOver() throws Exception {
        HandClock clock = new HandClock(Instant.parse("2027-03-10T08:59:59.900Z"));
        RateLimiter nodeA = new RateLimiter(jdbc, clock);
        RateLimiter nodeB = new RateLimiter(jdbc, clock);
        String bucket = "test:" + UUID.randomUUID();
        int limit = 5;
        int n = 16;
        Duration window = Duration.ofMinutes(1);

        List<Boolean> first = Parallel.run(n, i -> () -> (i % 2 == 0 ? nodeA : nodeB)
                .tryAcquire(bucket, limit, window));
        assertThat(Parallel.tally(first)).isEqualTo(Map.of(true, limit, false, n - limit));

        // a whole-minute boundary does not open a new window: it started at the first hit
        clock.now.set(Instant.parse("2027-03-10T09:00:30Z"));
        assertThat(nodeB.tryAcquire(bucket, limit, window)).isFalse();
        // a minute after the first hit, the next hit starts a new window
        clock.now.set(Instant.parse("2027-03-10T09:00:59.900Z"));
        List<Boolean> second = Parallel.run(n, i -> () -> (i % 2 == 0 ? nodeA : nodeB)
                .tryAcquire(bucket, limit, window));
        assertThat(Parallel.tally(second)).isEqualTo(Map.of(true, limit, false, n - limit));
    }
}
