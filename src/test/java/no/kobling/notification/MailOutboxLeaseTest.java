package no.kobling.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import no.kobling.identity.TestUsers;
import no.kobling.notification.application.MailOutbox;
import no.kobling.notification.persistence.OutboxStore;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Exactly-once e-mail across nodes with a slow SMTP server (issue 12 point 2). A batch of messages takes longer than
 * one lease, though each single message takes far less. Two nodes (two outboxes with their own node ids and the real
 * clock) start polling together behind a barrier on their own threads and poll until every message is sent; each
 * message must arrive exactly once. Before the fix every lease of a batch ran from the batch's start, so a message
 * taken late in a batch was leased already expired and the other node sent it again.
 */
@IntegrationTest
class MailOutboxLeaseTest {

    static final int MESSAGES = 17;
    static final Duration LEASE = Duration.ofMillis(1500);
    static final Duration DELAY_PER_COMMAND = Duration.ofMillis(35);

    @Autowired
    OutboxStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoNodesWithASlowServerSendEachMessageExactlyOnce() throws Exception {
        Clock clock = Clock.systemUTC();
        GreenMail greenMail = new GreenMail(new ServerSetup(MailOutboxTest.freePort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try (SlowSmtpProxy slow = new SlowSmtpProxy(greenMail.getSmtp().getPort(), DELAY_PER_COMMAND)) {
            // what other tests left pending goes out first (fast), so only this test's messages remain due
            MailOutbox.of(store, MailOutboxTest.sender(greenMail.getSmtp().getPort()), clock, "kobling@localhost",
                    LEASE).deliverDue(clock.instant(), "flush", MailOutboxTest.sender(greenMail.getSmtp().getPort()));
            String prefix = TestUsers.unique("lease");
            List<String> recipients = new ArrayList<>();
            Instant due = clock.instant().minusSeconds(1);
            for (int i = 0; i < MESSAGES; i++) {
                String recipient = prefix + "-" + i + "@example.org";
                recipients.add(recipient);
                jdbc.update("insert into notification_outbox (recipient, subject, body, status, attempts, "
                        + "next_attempt_at, created_at) values (?, ?, ?, 'PENDING', 0, ?, ?)", recipient,
                        "Message " + i, "Body " + i, due.atOffset(ZoneOffset.UTC), due.atOffset(ZoneOffset.UTC));
            }

            JavaMailSenderImpl sender = MailOutboxTest.sender(slow.port());
            CyclicBarrier start = new CyclicBarrier(2);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Instant deadline = clock.instant().plusSeconds(60);
            List<Thread> nodes = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                MailOutbox outbox = MailOutbox.of(store, sender, clock, "kobling@localhost", LEASE);
                Thread t = new Thread(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        while (pending(prefix) > 0 && clock.instant().isBefore(deadline)) {
                            outbox.deliverDue(clock.instant(), node, sender);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, node);
                nodes.add(t);
                t.start();
            }
            for (Thread t : nodes) {
                t.join(TimeUnit.SECONDS.toMillis(90));
            }
            assertThat(failure.get()).isNull();
            assertThat(pending(prefix)).as("every message was sent").isZero();

            Map<String, Integer> arrived = new HashMap<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                Address[] all = m.getAllRecipients();
                if (all != null) {
                    for (Address a : all) {
                        if (a.toString().startsWith(prefix + "-")) {
                            arrived.merge(a.toString(), 1, Integer::sum);
                        }
                    }
                }
            }
            Map<String, Integer> once = new HashMap<>();
            recipients.forEach(r -> once.put(r, 1));
            assertThat(arrived).as("each message arrives exactly once").isEqualTo(once);
        } finally {
            greenMail.stop();
        }
    }

    int pending(String prefix) {
        return jdbc.queryForObject("select count(*) from notification_outbox where recipient like ? and status <> 'SENT'",
                Integer.class, prefix + "-%");
    }
}
