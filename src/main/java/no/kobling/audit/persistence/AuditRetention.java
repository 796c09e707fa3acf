package no.kobling.audit.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import no.kobling.shared.JobLease;
import no.kobling.shared.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes audit entries older than {@code kobling.retention.audit} (5 years by default; reasoning in
 * docs/retention.md). Daily, once across nodes (a {@link JobLease}); the timer honours {@code kobling.jobs.enabled};
 * tests call {@link #run(Instant)}.
 */
@Component
public class AuditRetention {

    static final String JOB = "audit-retention";
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcTemplate jdbc;
    private final JobLease lease;
    private final Clock clock;
    private final boolean timerEnabled;
    private final Period audit;
    private final String node;

    AuditRetention(JdbcTemplate jdbc, JobLease lease, Clock clock, NodeId node,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled,
            @Value("${kobling.retention.audit:5y}") Period audit) {
        this.jdbc = jdbc;
        this.node = node.id();
        this.lease = lease;
        this.clock = clock;
        this.timerEnabled = timerEnabled;
        this.audit = audit;
    }

    @Scheduled(cron = "${kobling.retention.cron:0 40 2 * * *}")
    void scheduled() {
        if (timerEnabled) {
            run(clock.instant());
        }
    }

    /** Deletes the entries expired at {@code now} if this node takes the day's lease; -1 when another node has it. */
    public int run(Instant now) {
        if (!lease.tryTake(JOB, node, now, Duration.ofHours(20))) {
            return -1;
        }
        int deleted = jdbc.update("delete from audit_entry where occurred_at < ?",
                now.atOffset(ZoneOffset.UTC).minus(audit));
        LOG.info("Retention: deleted {} audit entries older than {}", deleted, audit);
        return deleted;
    }
}
