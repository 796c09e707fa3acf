package no.kobling.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.identity.UserDirectory;
import no.kobling.identity.UserDirectory.UserInfo;
import no.kobling.identity.UserZones;
import no.kobling.notification.Notifications.Delivery;
import no.kobling.notification.domain.Notification;
import no.kobling.notification.domain.OutboxMessage;
import no.kobling.notification.persistence.NotificationRepository;
import no.kobling.notification.persistence.OutboxRepository;
import no.kobling.shared.JobLease;
import no.kobling.shared.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: one e-mail per user and day listing the unread notifications of the kinds the user gets as a
 * digest, through the outbox, in the user's language. Daily, once across nodes (a {@link JobLease}); a user gets at
 * most one digest per calendar day in their own zone (a row in {@code notification_digest}), even when the job runs
 * twice. Digest notifications read before the job runs are left out (the user has seen them). The timer honours
 * {@code kobling.jobs.enabled}; tests call {@link #run(Instant)} or {@link #digest(Instant)}.
 */
@Component
public class NotificationDigest {

    static final String JOB = "notification-digest";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDigest.class);

    private final NotificationRepository notifications;
    private final OutboxRepository outbox;
    private final UserDirectory users;
    private final UserZones zones;
    private final NotificationMails mails;
    private final JdbcTemplate jdbc;
    private final JobLease lease;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String node;
    private final boolean timerEnabled;
    private final String baseUrl;

    NotificationDigest(NotificationRepository notifications, OutboxRepository outbox, UserDirectory users,
            UserZones zones, NotificationMails mails, JdbcTemplate jdbc, JobLease lease,
            PlatformTransactionManager transactions, Clock clock, NodeId node,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled,
            @Value("${kobling.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.users = users;
        this.zones = zones;
        this.mails = mails;
        this.jdbc = jdbc;
        this.lease = lease;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.node = node.id();
        this.timerEnabled = timerEnabled;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** What one run did. */
    public record Result(boolean ran, int mailed) {
    }

    @Scheduled(cron = "${kobling.notification.digest-cron:0 0 6 * * *}")
    void scheduled() {
        if (timerEnabled) {
            run(clock.instant());
        }
    }

    /** Sends the digests due at {@code now} if this node takes the day's lease; otherwise does nothing. */
    public Result run(Instant now) {
        if (!lease.tryTake(JOB, node, now, Duration.ofHours(20))) {
            return new Result(false, 0);
        }
        return new Result(true, digest(now));
    }

    /** Sends the digests due at {@code now} (no lease); returns how many e-mails were queued. */
    public int digest(Instant now) {
        List<Long> waiting = notifications.usersWaitingForDigest(Delivery.DIGEST, now);
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<Long, UserInfo> infos = users.byIds(waiting);
        Map<Long, ZoneId> userZones = zones.of(waiting);
        int mailed = 0;
        for (long user : waiting) {
            Boolean sent = tx.execute(s -> digestOne(user, infos.get(user), userZones.get(user), now));
            if (Boolean.TRUE.equals(sent)) {
                mailed++;
            }
        }
        if (mailed > 0) {
            LOG.info("Digest: {} e-mails queued", mailed);
        }
        return mailed;
    }

    private boolean digestOne(long userId, UserInfo user, ZoneId zone, Instant now) {
        List<Notification> due = notifications
                .findByUserIdAndDeliveryAndDigestedAtIsNullAndCreatedAtLessThanEqualOrderByCreatedAtAscIdAsc(userId,
                        Delivery.DIGEST, now);
        List<Notification> unread = due.stream().filter(n -> !n.isRead()).toList();
        boolean mailable = user != null && user.enabled() && user.email() != null && !user.email().isBlank();
        if (unread.isEmpty() || !mailable) {
            due.forEach(n -> n.digested(now));
            return false;
        }
        LocalDate day = now.atZone(zone == null ? ZoneOffset.UTC : zone).toLocalDate();
        int taken = jdbc.update("insert into notification_digest (user_id, digest_day, sent_at) select ?, ?, ? "
                + "where not exists (select 1 from notification_digest where user_id = ? and digest_day = ?)",
                userId, day, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), userId, day);
        if (taken != 1) {
            return false; // this user's digest of the day is out; the rest waits for tomorrow's
        }
        Locale locale = mails.locale(user);
        List<String> parts = new ArrayList<>();
        parts.add(mails.message("notification.mail.greeting", locale, user.displayName()));
        parts.add(mails.message("notify.digest.intro", locale, unread.size()));
        for (Notification n : unread) {
            String url = n.getLink() == null ? baseUrl + "/notifications" : baseUrl + n.getLink();
            parts.add("- " + mails.text(n, locale) + "\n  " + url);
        }
        parts.add(mails.message("notify.mail.preferences", locale, baseUrl + "/notifications/preferences"));
        parts.add(mails.message("notification.mail.footer", locale));
        String subject = mails.message("notify.digest.subject", locale, unread.size());
        outbox.save(new OutboxMessage(null, user.email().strip(), subject, String.join("\n\n", parts), now));
        due.forEach(n -> n.digested(now));
        return true;
    }
}
