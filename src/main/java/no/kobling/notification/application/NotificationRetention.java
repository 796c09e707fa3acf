package no.kobling.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * Deletes housekeeping data that holds personal data once its retention has passed (docs/retention.md): sent e-mails
 * of the outbox (full bodies) after {@code kobling.retention.outbox-sent}, failed ones after {@code outbox-failed},
 * read in-app notifications after {@code notifications-read}, any notification after {@code notifications}. Daily,
 * once across nodes (a {@link JobLease}); the timer honours {@code kobling.jobs.enabled}; tests call
 * {@link #run(Instant)}.
 */
@Component
public class NotificationRetention {

    static final String JOB = "notification-retention";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationRetention.class);

    private final JdbcTemplate jdbc;
    private final JobLease lease;
    private final Clock clock;
    private final boolean timerEnabled;
    private final Period outboxSent;
    private final Period outboxFailed;
    private final Period notificationsRead;
    private final Period notifications;
    private final String node;

    NotificationRetention(JdbcTemplate jdbc, JobLease lease, Clock clock, NodeId node,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled,
            @Value("${kobling.retention.outbox-sent:30d}") Period outboxSent,
            @Value("${kobling.retention.outbox-failed:90d}") Period outboxFailed,
            @Value("${kobling.retention.notifications-read:180d}") Period notificationsRead,
            @Value("${kobling.retention.notifications:365d}") Period notifications) {
        this.jdbc = jdbc;
        this.node = node.id();
        this.lease = lease;
        this.clock = clock;
        this.timerEnabled = timerEnabled;
        this.outboxSent = outboxSent;
        this.outboxFailed = outboxFailed;
        this.notificationsRead = notificationsRead;
        this.notifications = notifications;
    }

    /** What one run deleted. */
    public record Result(boolean ran, int outboxSent, int outboxFailed, int notifications) {
    }

    @Scheduled(cron = "${kobling.retention.cron:0 40 2 * * *}")
    void scheduled() {
        if (timerEnabled) {
            run(clock.instant());
        }
    }

    /** Deletes what expired at {@code now}, if this node takes the day's lease; otherwise does nothing. */
    public Result run(Instant now) {
        if (!lease.tryTake(JOB, node, now, Duration.ofHours(20))) {
            return new Result(false, 0, 0, 0);
        }
        return purge(now);
    }

    /** Deletes what expired at {@code now} (no lease). */
    public Result purge(Instant now) {
        int sent = jdbc.update("delete from notification_outbox where status = 'SENT' and created_at < ? "
                + "and coalesce(sent_at, created_at) < ?", before(now, outboxSent), before(now, outboxSent));
        int failed = jdbc.update("delete from notification_outbox where status = 'FAILED' and created_at < ?",
                before(now, outboxFailed));
        int read = jdbc.update("delete from notification_notification where read_at is not null and read_at < ?",
                before(now, notificationsRead));
        int old = jdbc.update("delete from notification_notification where created_at < ?", before(now, notifications));
        // the once-a-day marks of the digest are needed for a day or two only
        jdbc.update("delete from notification_digest where digest_day < ?",
                now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(30));
        Result result = new Result(true, sent, failed, read + old);
        LOG.info("Retention: deleted {} sent and {} failed e-mails, {} notifications", sent, failed, read + old);
        return result;
    }

    private static OffsetDateTime before(Instant now, Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period);
    }
}
