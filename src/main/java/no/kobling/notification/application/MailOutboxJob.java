package no.kobling.notification.application;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the outbox every {@code kobling.mail.outbox-interval} (30 s); absent when background jobs are off. */
@Component
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class MailOutboxJob {

    private final MailOutbox outbox;

    MailOutboxJob(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${kobling.mail.outbox-interval:PT30S}", initialDelayString = "PT20S")
    void run() {
        outbox.deliverDue();
    }
}
