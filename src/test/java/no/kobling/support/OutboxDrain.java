package no.kobling.support;

import java.time.Instant;
import no.kobling.notification.application.MailOutbox;
import no.kobling.notification.persistence.OutboxStore;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends everything the outbox holds due at an instant. The outbox sends 50 per batch, and the shared test context
 * holds other tests' mails too: a test that sends once may not reach its own mail.
 */
public final class OutboxDrain {

    public static void drain(MailOutbox outbox, OutboxStore store, Instant at, String owner, JavaMailSender sender) {
        for (int batch = 0; batch < 500 && !store.due(at, 1).isEmpty(); batch++) {
            outbox.deliverDue(at, owner, sender);
        }
    }

    private OutboxDrain() {
    }
}
