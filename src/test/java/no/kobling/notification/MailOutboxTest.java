package no.kobling.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.notification.application.MailOutbox;
import no.kobling.notification.persistence.OutboxStore;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The e-mail outbox against a real SMTP server (GreenMail on a free port, started and stopped by the test; the shared
 * Spring context is untouched: the outbox is handed a sender for that port). While the server is down a message stays
 * in the outbox; when it is back the message goes out exactly once, also when two nodes deliver at the same time.
 */
@IntegrationTest
class MailOutboxTest {

    @Autowired
    Notifications notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxStore store;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcTemplate jdbc;

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(props);
        return sender;
    }

    /** A user with a unique address who reads Swedish, notified once; returns the address. */
    String notifiedUser() {
        String username = TestUsers.unique("mail");
        long id = SystemAccess.run(() -> users.createUser(new NewUser(username, "Test " + username,
                username + "@example.org", TestUsers.PASSWORD, null, Set.of("FACILITATOR"), "sv")));
        notifications.notify(id, "cases.notify.case-opened", List.of("Sveis AS – Gruvteknik AB"), "/cases/1");
        return username + "@example.org";
    }

    long outboxId(String recipient) {
        return jdbc.queryForObject("select id from notification_outbox where recipient = ?", Long.class, recipient);
    }

    String status(long id) {
        return jdbc.queryForObject("select status from notification_outbox where id = ?", String.class, id);
    }

    static List<MimeMessage> to(GreenMail mail, String recipient) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            Address[] all = m.getAllRecipients();
            if (all != null && Arrays.stream(all).anyMatch(a -> a.toString().equals(recipient))) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void whileTheServerIsDownMailWaitsAndGoesOutExactlyOnceWhenItIsBack() throws Exception {
        int port = freePort();
        JavaMailSenderImpl sender = sender(port);
        String recipient = notifiedUser();
        long id = outboxId(recipient);
        Instant t0 = Instant.now();

        outbox.deliverDue(t0, "node-a", sender);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select attempts from notification_outbox where id = ?", Integer.class, id))
                .isEqualTo(1);
        // not due again before the backoff has passed
        outbox.deliverDue(t0.plusSeconds(10), "node-a", sender);
        assertThat(jdbc.queryForObject("select attempts from notification_outbox where id = ?", Integer.class, id))
                .isEqualTo(1);

        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            Instant t1 = t0.plus(2, ChronoUnit.MINUTES);
            // two nodes on their own threads, released together (not the common pool)
            CyclicBarrier together = new CyclicBarrier(2);
            List<Thread> nodes = new java.util.ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                Thread t = new Thread(() -> {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                        outbox.deliverDue(t1, node, sender);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, node);
                nodes.add(t);
                t.start();
            }
            for (Thread t : nodes) {
                t.join(TimeUnit.SECONDS.toMillis(60));
            }
            outbox.deliverDue(t1.plus(2, ChronoUnit.HOURS), "node-c", sender);
            List<MimeMessage> received = to(mail, recipient);
            assertThat(received).hasSize(1);
            assertThat(received.get(0).getSubject()).contains("Nytt partnerärende");
            assertThat(String.valueOf(received.get(0).getContent())).contains("/cases/1").contains("Hej Test");
            assertThat(status(id)).isEqualTo("SENT");
        } finally {
            mail.stop();
        }
    }

    @Test
    void aLeasedMessageIsLeftToItsNodeUntilTheLeaseEnds() throws Exception {
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            JavaMailSenderImpl sender = sender(port);
            String recipient = notifiedUser();
            long id = outboxId(recipient);
            Instant now = Instant.now();
            assertThat(store.claim(id, "node-x", now, now.plus(5, ChronoUnit.MINUTES))).isTrue();
            assertThat(store.claim(id, "node-y", now, now.plus(5, ChronoUnit.MINUTES))).isFalse();
            outbox.deliverDue(now, "node-y", sender);
            assertThat(to(mail, recipient)).isEmpty();
            // node-x died: after its lease another node sends the message, once
            outbox.deliverDue(now.plus(6, ChronoUnit.MINUTES), "node-y", sender);
            outbox.deliverDue(now.plus(12, ChronoUnit.MINUTES), "node-y", sender);
            assertThat(to(mail, recipient)).hasSize(1);
            assertThat(store.markSent(id, "node-x", now)).as("the old lease holder cannot mark it again").isFalse();
        } finally {
            mail.stop();
        }
    }
}
