package no.kobling.notification.application;

import java.time.Duration;
import no.kobling.shared.JobLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox every {@code kobling.mail.outbox-interval} (30 s) on one node per round (a {@link JobLease} of half
 * the interval; each message is also leased on its own); absent when background jobs are off.
 */
@Component
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class MailOutboxJob {

    private final MailOutbox outbox;
    private final JobLease lease;
    private final Duration round;

    MailOutboxJob(MailOutbox outbox, JobLease lease,
            @Value("${kobling.mail.outbox-interval:PT30S}") Duration interval) {
        this.outbox = outbox;
        this.lease = lease;
        this.round = interval.dividedBy(2);
    }

    @Scheduled(fixedDelayString = "${kobling.mail.outbox-interval:PT30S}", initialDelayString = "PT20S")
    void run() {
        if (lease.tryTake("notification-mail-outbox", round)) {
            outbox.deliverDue();
        }
    }
}
