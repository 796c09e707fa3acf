package no.kobling.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import no.kobling.shared.DomainException;

/** One participant asks another for a meeting; the other accepts or declines before it expires. */
@Entity(name = "EventMeetingRequest")
@Table(name = "event_meeting_request")
public class MeetingRequest {

    public enum Status { PENDING, ACCEPTED, DECLINED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "from_id", nullable = false)
    private long fromId;
    @Column(name = "to_id", nullable = false)
    private long toId;
    private String message;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;
    @Column(nullable = false)
    private int priority;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Version
    private long version;

    public static final int MAX_MESSAGE = 2000;

    protected MeetingRequest() {
    }

    public MeetingRequest(long eventId, long fromId, long toId, String message, int priority, Instant createdAt,
            Instant expiresAt) {
        if (fromId == toId) {
            throw DomainException.rule("event-request-self", "event.error.request-self");
        }
        if (message != null && message.length() > MAX_MESSAGE) {
            throw DomainException.rule("event-message-too-long", "event.error.message-too-long");
        }
        this.eventId = eventId;
        this.fromId = fromId;
        this.toId = toId;
        this.message = message;
        this.priority = Math.max(1, priority);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The addressee answers; an expired or answered request cannot be answered. */
    public void answer(boolean accept, Instant now) {
        if (status == Status.PENDING && !now.isBefore(expiresAt)) {
            status = Status.EXPIRED;
        }
        if (status != Status.PENDING) {
            throw DomainException.conflict("event-request-closed", "event.error.request-closed");
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        answeredAt = now;
    }

    /** Marks the request expired if it is pending past its time; returns whether it did. */
    public boolean expireIfDue(Instant now) {
        if (status == Status.PENDING && !now.isBefore(expiresAt)) {
            status = Status.EXPIRED;
            return true;
        }
        return false;
    }

    public boolean involves(long participantId) {
        return fromId == participantId || toId == participantId;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public long getFromId() {
        return fromId;
    }

    public long getToId() {
        return toId;
    }

    public String getMessage() {
        return message;
    }

    public Status getStatus() {
        return status;
    }

    public int getPriority() {
        return priority;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeetingRequest r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return MeetingRequest.class.hashCode();
    }
}
