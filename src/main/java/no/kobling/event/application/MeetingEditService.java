package no.kobling.event.application;

import java.time.Clock;
import java.util.List;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.EventSession;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.MeetingActions;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.event.persistence.EventTableRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's hand edits of the schedule: lock (the scheduler keeps a locked meeting where it is), move to a
 * slot and table (refused when a participant is busy or unavailable then, or the table is taken), unschedule.
 * A move locks the event's row before it checks, so parallel moves never put two meetings at one table and slot,
 * or one participant in two meetings at once.
 */
@Service
public class MeetingEditService {

    private final EventMeetingRepository meetings;
    private final EventParticipantRepository participants;
    private final EventSessionRepository sessions;
    private final EventTableRepository tables;
    private final EventAccess access;
    private final Clock clock;
    private final MeetingTimes times;

    MeetingEditService(EventMeetingRepository meetings, EventParticipantRepository participants, EventSessionRepository sessions,
            EventTableRepository tables, EventAccess access, Clock clock, MeetingTimes times) {
        this.times = times;
        this.meetings = meetings;
        this.participants = participants;
        this.sessions = sessions;
        this.tables = tables;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void lock(long eventId, long meetingId, boolean lock) {
        Event event = access.managed(eventId);
        Meeting m = meeting(eventId, meetingId);
        if (lock) {
            times.require(MeetingActions.Action.LOCK, event, m);
        }
        m.lock(lock);
    }

    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void unschedule(long eventId, long meetingId) {
        Event event = access.managed(eventId);
        Meeting m = meeting(eventId, meetingId);
        times.require(MeetingActions.Action.UNSCHEDULE, event, m);
        m.place(null, null, null, clock.instant());
    }

    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void move(long eventId, long meetingId, long sessionId, int slotNo, long tableId) {
        access.managed(eventId);
        Event event = access.lock(eventId);
        Meeting m = meeting(eventId, meetingId);
        times.require(MeetingActions.Action.MOVE, event, m);
        EventSession session = sessions.findById(sessionId).filter(s -> s.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("session", sessionId));
        if (slotNo < 0 || slotNo >= session.getSlots()) {
            throw DomainException.rule("event-unknown-slot", "event.error.unknown-slot");
        }
        tables.findById(tableId).filter(t -> t.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("table", tableId));
        List<Meeting> all = meetings.findByEventIdOrderByIdAsc(eventId);
        for (Meeting o : all) {
            if (o.getId().equals(m.getId()) || !o.isScheduled() || o.getSessionId() != sessionId
                    || o.getSlotNo() != slotNo) {
                continue;
            }
            if (o.getTableId() == tableId) {
                throw DomainException.conflict("event-move-table-taken", "event.error.move-table-taken");
            }
            for (long p : List.of(m.getAId(), m.getBId())) {
                if (o.involves(p)) {
                    throw DomainException.conflict("event-move-participant-busy",
                            "event.error.move-participant-busy", participant(p).getCompanyName());
                }
            }
        }
        for (long p : List.of(m.getAId(), m.getBId())) {
            Participant x = participant(p);
            if (!x.isActive()) {
                throw DomainException.rule("event-participant-not-approved", "event.error.participant-not-approved");
            }
            if (!x.isAvailable(sessionId, slotNo)) {
                throw DomainException.conflict("event-move-unavailable", "event.error.move-unavailable",
                        x.getCompanyName());
            }
            Integer cap = x.getMaxMeetings() != null ? x.getMaxMeetings() : event.getDefaultMaxMeetings();
            long scheduled = all.stream().filter(o -> o.isScheduled() && o.involves(p)
                    && !o.getId().equals(m.getId())).count();
            if (cap != null && !m.isScheduled() && scheduled >= cap) {
                throw DomainException.rule("event-cap-reached", "event.error.cap-reached", x.getCompanyName(), cap);
            }
        }
        m.place(sessionId, slotNo, tableId, clock.instant());
    }

    private Participant participant(long id) {
        return participants.findById(id).orElseThrow();
    }

    private Meeting meeting(long eventId, long meetingId) {
        return meetings.findById(meetingId).filter(m -> m.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }
}
