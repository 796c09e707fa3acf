package no.kobling.notification.application;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.kobling.notification.domain.OutboxMessage;
import no.kobling.notification.persistence.OutboxStore;
import no.kobling.notification.persistence.OutboxStore.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.kobling.shared.NodeId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: claims due messages one at a time with a lease that runs from the moment the message is taken
 * (an atomic conditional update, so two nodes never send one message twice, however slow the SMTP server and however
 * long the batch), sends it through SMTP, marks it sent in its own statement; while the server is down a message stays pending and is retried with backoff (1, 2,
 * 4 ... 60 minutes), never dropped. Only an invalid recipient address fails a message for good. A node that dies
 * between sending and marking may send that one message again after its lease ({@code kobling.mail.lease}, 5 minutes) ends: at-least-once,
 * the unavoidable edge of SMTP without a transaction.
 */
@Component
public class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final OutboxStore store;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;
    private final String node;
    private final Duration lease;

    @Autowired
    MailOutbox(OutboxStore store, JavaMailSender mail, Clock clock, @Value("${kobling.mail.from}") String from,
            @Value("${kobling.mail.lease:PT5M}") Duration lease, NodeId node) {
        this(store, mail, clock, from, lease, node.id());
    }

    private MailOutbox(OutboxStore store, JavaMailSender mail, Clock clock, String from, Duration lease, String node) {
        this.node = node;
        this.store = store;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.lease = lease;
    }

    /** An outbox with its own clock and lease (tests run several "nodes" with a short lease). */
    public static MailOutbox of(OutboxStore store, JavaMailSender mail, Clock clock, String from, Duration lease) {
        return new MailOutbox(store, mail, clock, from, lease, "node-" + UUID.randomUUID());
    }

    /** Sends what is due at {@code now} as this node; returns how many were sent. */
    public int deliverDue(Instant now) {
        return deliverDue(now, node, mail);
    }

    /** Sends what is due as the given node through the given sender (tests simulate a second node). */
    public int deliverDue(Instant now, String owner, JavaMailSender sender) {
        int sent = 0;
        Instant started = clock.instant();
        for (long id : store.due(now, 50)) {
            // each message is leased when it is taken, from the time it is taken: a slow server over a long batch
            // must not leave a message leased from the batch's start, already expired, for another node to send
            Instant taken = now.plus(Duration.between(started, clock.instant()));
            if (!store.claim(id, owner, taken, taken.plus(lease))) {
                continue;
            }
            Pending p = store.load(id);
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(new InternetAddress(p.recipient(), true).getAddress());
                message.setSubject(p.subject());
                message.setText(p.body());
                sender.send(message);
                if (store.markSent(id, owner, now.plus(Duration.between(started, clock.instant())))) {
                    sent++;
                }
            } catch (AddressException e) {
                store.markFailed(id, owner, now, "invalid address: " + e.getMessage(), true);
            } catch (MailException e) {
                Instant next = now.plus(OutboxMessage.backoff(p.attempts() + 1));
                store.markFailed(id, owner, next, e.getMessage(), false);
                LOG.warn("Mail {} not sent (attempt {}), retry at {}: {}", id, p.attempts() + 1, next, e.getMessage());
            }
        }
        return sent;
    }

    /** Sends what is due now (the outbox job). */
    public int deliverDue() {
        return deliverDue(clock.instant());
    }
}
