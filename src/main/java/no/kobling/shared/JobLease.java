package no.kobling.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a background job once across all nodes: a node runs the job only when it takes the job's lease, an atomic
 * conditional update (each statement its own transaction) that succeeds for one node until the lease ends. A daily job
 * takes the lease for most of a day, so the other nodes' timers that fire the same night do nothing.
 */
@Component
public class JobLease {

    private final JdbcTemplate jdbc;
    private final NodeId node;
    private final Clock clock;

    JobLease(JdbcTemplate jdbc, NodeId node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    /**
     * Takes the lease of {@code job} for this node from now until {@code now + lease}; false when another node holds
     * it. Every {@code @Scheduled} method takes one ({@code ScheduledJobsTest}): for a timer that fires every few
     * seconds or minutes, a lease a little shorter than the interval lets one node run each round.
     */
    public boolean tryTake(String job, Duration lease) {
        return tryTake(job, node.id(), clock.instant(), lease);
    }

    /** Takes the lease of {@code job} for {@code owner} until {@code now + lease}; false when another node holds it. */
    public boolean tryTake(String job, String owner, Instant now, Duration lease) {
        try {
            jdbc.update("insert into shared_job_lease (name) select ? where not exists "
                    + "(select 1 from shared_job_lease where name = ?)", job, job);
        } catch (DataIntegrityViolationException alreadyThere) {
            // the row exists: the lease is decided by the update below
        }
        return jdbc.update("update shared_job_lease set owner = ?, lease_until = ? where name = ? "
                + "and (lease_until is null or lease_until <= ?)", owner, ts(now.plus(lease)), job, ts(now)) == 1;
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
