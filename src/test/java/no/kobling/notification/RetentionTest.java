package no.kobling.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.kobling.audit.persistence.AuditRetention;
import no.kobling.notification.application.NotificationRetention;
import no.kobling.shared.JobLease;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Housekeeping data is deleted when its retention has passed (issue 12 point 8, docs/retention.md): sent e-mails
 * after 30 days, failed ones after 90, read notifications after 180, any notification after 365, audit entries after
 * 5 years; younger rows stay. A fixed clock in 2001 keeps the test's rows apart from every other test's (written now).
 * The daily job runs once across nodes: a second run inside the day's lease does nothing.
 */
@IntegrationTest
class RetentionTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2001-06-01T02:40:00Z"), ZoneOffset.UTC);

    @Autowired
    NotificationRetention notifications;
    @Autowired
    AuditRetention audit;
    @Autowired
    JobLease lease;
    @Autowired
    JdbcTemplate jdbc;

    Instant now;
    String tag;

    @BeforeEach
    void setUp() {
        now = CLOCK.instant();
        tag = UUID.randomUUID().toString().substring(0, 8);
        // this test owns the two jobs' leases in its year: earlier runs of the test on the same database do not count
        jdbc.update("update shared_job_lease set lease_until = null where name in "
                + "('notification-retention', 'audit-retention')");
    }

    static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    Instant daysAgo(int days) {
        return now.minus(days, ChronoUnit.DAYS);
    }

    void outbox(String name, String status, Instant created, Instant sent) {
        jdbc.update("insert into notification_outbox (recipient, subject, body, status, attempts, next_attempt_at, "
                + "created_at, sent_at) values (?, 'Subject', 'A full body with personal data', ?, 1, ?, ?, ?)",
                name + "-" + tag + "@example.org", status, ts(created), ts(created), sent == null ? null : ts(sent));
    }

    void notification(String key, Instant created, Instant read) {
        jdbc.update("insert into notification_notification (user_id, message_key, created_at, read_at) "
                + "values (-1, ?, ?, ?)", key + "-" + tag, ts(created), read == null ? null : ts(read));
    }

    boolean outboxExists(String name) {
        return jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Integer.class,
                name + "-" + tag + "@example.org") == 1;
    }

    boolean notificationExists(String key) {
        return jdbc.queryForObject("select count(*) from notification_notification where message_key = ?",
                Integer.class, key + "-" + tag) == 1;
    }

    @Test
    void expiredOutboxRowsAndNotificationsAreDeletedYoungerOnesKept() {
        outbox("sent-31", "SENT", daysAgo(32), daysAgo(31));
        outbox("sent-29", "SENT", daysAgo(32), daysAgo(29));
        outbox("failed-91", "FAILED", daysAgo(91), null);
        outbox("failed-89", "FAILED", daysAgo(89), null);
        outbox("pending-400", "PENDING", daysAgo(400), null);
        notification("read-181", daysAgo(200), daysAgo(181));
        notification("read-179", daysAgo(200), daysAgo(179));
        notification("unread-366", daysAgo(366), null);
        notification("unread-364", daysAgo(364), null);

        NotificationRetention.Result result = notifications.run(now);

        assertThat(result.ran()).isTrue();
        assertThat(outboxExists("sent-31")).isFalse();
        assertThat(outboxExists("sent-29")).isTrue();
        assertThat(outboxExists("failed-91")).isFalse();
        assertThat(outboxExists("failed-89")).isTrue();
        assertThat(outboxExists("pending-400")).as("a message not yet delivered is never deleted").isTrue();
        assertThat(notificationExists("read-181")).isFalse();
        assertThat(notificationExists("read-179")).isTrue();
        assertThat(notificationExists("unread-366")).isFalse();
        assertThat(notificationExists("unread-364")).isTrue();
        assertThat(result.outboxSent()).isGreaterThanOrEqualTo(1);
        assertThat(result.notifications()).isGreaterThanOrEqualTo(2);

        // the same day, on this node or another, the job does not run again
        outbox("sent-31b", "SENT", daysAgo(32), daysAgo(31));
        assertThat(notifications.run(now.plus(1, ChronoUnit.HOURS)).ran()).isFalse();
        assertThat(outboxExists("sent-31b")).isTrue();
        assertThat(notifications.run(now.plus(1, ChronoUnit.DAYS)).ran()).isTrue();
        assertThat(outboxExists("sent-31b")).isFalse();
    }

    @Test
    void auditEntriesOlderThanFiveYearsAreDeleted() {
        Instant older = now.atOffset(ZoneOffset.UTC).minusYears(5).minusDays(1).toInstant();
        Instant younger = now.atOffset(ZoneOffset.UTC).minusYears(5).plusDays(1).toInstant();
        for (Instant at : new Instant[] {older, younger}) {
            jdbc.update("insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changed_fields) "
                    + "values (?, 'retention-test', 'RetentionProbe', ?, 'UPDATE', 'name')", ts(at),
                    tag + "-" + at.toEpochMilli());
        }
        assertThat(audit.run(now)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select occurred_at from audit_entry where entity_type = 'RetentionProbe' "
                + "and entity_id like ?", OffsetDateTime.class, tag + "-%"))
                .extracting(OffsetDateTime::toInstant).containsExactly(younger);
        assertThat(audit.run(now.plus(2, ChronoUnit.HOURS))).as("once a day across nodes").isEqualTo(-1);
    }

    @Test
    void aJobLeaseIsTakenByOneNodeUntilItEnds() {
        String job = "probe-" + tag;
        assertThat(lease.tryTake(job, "node-a", now, Duration.ofHours(20))).isTrue();
        assertThat(lease.tryTake(job, "node-b", now.plus(19, ChronoUnit.HOURS), Duration.ofHours(20))).isFalse();
        assertThat(lease.tryTake(job, "node-b", now.plus(20, ChronoUnit.HOURS), Duration.ofHours(20))).isTrue();
    }
}
