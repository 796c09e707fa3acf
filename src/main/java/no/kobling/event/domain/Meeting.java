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

/**
 * An accepted request becomes a meeting; the schedule places it in (session, slot, table). Every change of its place
 * raises {@code sequence}, so calendar entries (stable UID per meeting) update instead of duplicating.
 */
@Entity(name = "EventMeeting")
@Table(name = "event_meeting")
public class Meeting {

    public enum Status { PLANNED, HELD, NO_SHOW, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "request_id", nullable = false)
    private long requestId;
    @Column(name = "a_id", nullable = false)
    private long aId;
    @Column(name = "b_id", nullable = false)
    private long bId;
    @Column(nullable = false)
    private int priority;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "slot_no")
    private Integer slotNo;
    @Column(name = "table_id")
    private Long tableId;
    @Column(nullable = false)
    private boolean locked;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PLANNED;
    @Column(name = "sequence_no", nullable = false)
    private int sequence;
    @Column(name = "held_at")
    private Instant heldAt;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(long eventId, long requestId, long aId, long bId, int priority, Instant now) {
        this.eventId = eventId;
        this.requestId = requestId;
        this.aId = aId;
        this.bId = bId;
        this.priority = priority;
        this.updatedAt = now;
    }

    public boolean isScheduled() {
        return sessionId != null && status != Status.CANCELLED;
    }

    public boolean involves(long participantId) {
        return aId == participantId || bId == participantId;
    }

    public long other(long participantId) {
        return aId == participantId ? bId : aId;
    }

    /** Places the meeting (or unschedules it with nulls); a change of place raises the calendar sequence. */
    public void place(Long session, Integer slot, Long table, Instant now) {
        requirePlanned();
        boolean changed = !java.util.Objects.equals(session, sessionId) || !java.util.Objects.equals(slot, slotNo)
                || !java.util.Objects.equals(table, tableId);
        if (changed) {
            this.sessionId = session;
            this.slotNo = slot;
            this.tableId = table;
            this.sequence++;
            this.updatedAt = now;
        }
        if (session == null) {
            locked = false;
        }
    }

    public void lock(boolean lock) {
        requirePlanned();
        if (lock && sessionId == null) {
            throw DomainException.rule("event-meeting-not-scheduled", "event.error.meeting-not-scheduled");
        }
        this.locked = lock;
    }

    /** A participant left the event: the meeting is cancelled and leaves the schedule. */
    public void cancel(Instant now) {
        if (status == Status.PLANNED) {
            status = Status.CANCELLED;
            locked = false;
            sequence++;
            updatedAt = now;
        }
    }

    public void markHeld(Instant at) {
        if (status != Status.PLANNED && status != Status.NO_SHOW) {
            throw DomainException.conflict("event-meeting-status", "event.error.meeting-status");
        }
        if (sessionId == null) {
            throw DomainException.rule("event-meeting-not-scheduled", "event.error.meeting-not-scheduled");
        }
        status = Status.HELD;
        heldAt = at;
        updatedAt = at;
    }

    public void markNoShow(Instant at) {
        if (status != Status.PLANNED) {
            throw DomainException.conflict("event-meeting-status", "event.error.meeting-status");
        }
        status = Status.NO_SHOW;
        updatedAt = at;
    }

    public void linkCase(long id) {
        this.caseId = id;
    }

    private void requirePlanned() {
        if (status != Status.PLANNED) {
            throw DomainException.conflict("event-meeting-status", "event.error.meeting-status");
        }
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getAId() {
        return aId;
    }

    public long getBId() {
        return bId;
    }

    public int getPriority() {
        return priority;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Integer getSlotNo() {
        return slotNo;
    }

    public Long getTableId() {
        return tableId;
    }

    public boolean isLocked() {
        return locked;
    }

    public Status getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Meeting m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return Meeting.class.hashCode();
    }
}
