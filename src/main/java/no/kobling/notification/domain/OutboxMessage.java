package no.kobling.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail waiting in the transactional outbox: written in the same transaction as the change that caused it,
 * delivered later by the outbox job (claimed with a lease, retried with exponential backoff while the mail server is
 * down). Delivery state is changed by the outbox store with conditional updates.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

    /** The first retry after one minute, doubling up to one hour; never given up for a server that is down. */
    public static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 6);
        return Duration.ofMinutes(Math.min(minutes, 60));
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "notification_id")
    private Long notificationId;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Long notificationId, String recipient, String subject, String body, Instant now) {
        this.notificationId = notificationId;
        this.recipient = recipient;
        this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
        this.body = body.length() > 8000 ? body.substring(0, 8000) : body;
        this.status = "PENDING";
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getStatus() {
        return status;
    }
}
