package no.kobling.event.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Feedback;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.MeetingActions;
import no.kobling.event.domain.MeetingRequest;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventRepository;
import no.kobling.event.persistence.EventFeedbackRepository;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRequestRepository;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.PartnerCases;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the day and after: meetings held or no-show, feedback, the hand-over of held meetings to partner-search cases,
 * and the event report.
 */
@Service
public class DayService {

    private static final Logger LOG = LoggerFactory.getLogger(DayService.class);

    private final EventMeetingRepository meetings;
    private final EventParticipantRepository participants;
    private final EventRequestRepository requests;
    private final EventFeedbackRepository feedback;
    private final EventRepository events;
    private final EventAccess access;
    private final ObjectProvider<PartnerCases> cases;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MeetingTimes times;

    DayService(EventMeetingRepository meetings, EventParticipantRepository participants, EventRequestRepository requests,
            EventFeedbackRepository feedback, EventRepository events, EventAccess access,
            ObjectProvider<PartnerCases> cases, PlatformTransactionManager tm, Clock clock, MeetingTimes times) {
        this.times = times;
        this.meetings = meetings;
        this.participants = participants;
        this.requests = requests;
        this.feedback = feedback;
        this.events = events;
        this.access = access;
        this.cases = cases;
        this.tx = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /** The figures of the event report. */
    public record Report(long requests, long accepted, long declined, long expired, long pending, long scheduled,
            long unscheduled, long held, long noShows, long checkedIn, long participants, long followUpsWanted,
            long casesOpened) {
    }

    /**
     * Marks a meeting held and hands it to partner search (a case at the follow-up stage); the case id is stored. If
     * partner search is not there or fails, the meeting stays held and {@link #handOverPending} tries again.
     */
    @PreAuthorize(EventService.MANAGE)
    public Meeting markHeld(long eventId, long meetingId) {
        tx.executeWithoutResult(s -> {
            Event event = access.managed(eventId);
            Meeting m = meeting(eventId, meetingId);
            times.require(MeetingActions.Action.HELD, event, m);
            m.markHeld(clock.instant());
        });
        handOver(meetingId);
        return tx.execute(s -> meeting(eventId, meetingId));
    }

    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void markNoShow(long eventId, long meetingId) {
        Event event = access.managed(eventId);
        Meeting m = meeting(eventId, meetingId);
        times.require(MeetingActions.Action.NO_SHOW, event, m);
        m.markNoShow(clock.instant());
    }

    /** A participant's feedback on its held meeting (once per participant and meeting). */
    @Transactional
    public void feedback(long eventId, long participantId, long meetingId, boolean useful, boolean followUp,
            String comment) {
        Participant p = access.actingFor(eventId, participantId);
        Meeting m = meeting(eventId, meetingId);
        if (!m.involves(p.getId())) {
            throw new NotFoundException("meeting", meetingId);
        }
        if (m.getStatus() != Meeting.Status.HELD) {
            throw DomainException.rule("event-feedback-not-held", "event.error.feedback-not-held");
        }
        if (feedback.findByMeetingIdAndParticipantId(meetingId, p.getId()).isPresent()) {
            throw DomainException.conflict("event-feedback-given", "event.error.feedback-given");
        }
        feedback.save(new Feedback(meetingId, p.getId(), useful, followUp,
                comment == null || comment.isBlank() ? null : comment.strip(), clock.instant()));
    }

    /** Feedback of the meetings of one participant (meeting id → feedback). */
    @Transactional(readOnly = true)
    public Map<Long, Feedback> feedbackOf(long eventId, long participantId) {
        Participant p = access.actingFor(eventId, participantId);
        List<Long> ids = meetings.findByEventIdOrderByIdAsc(eventId).stream().filter(m -> m.involves(p.getId()))
                .map(Meeting::getId).toList();
        return feedback.findByMeetingIdIn(ids).stream().filter(f -> f.getParticipantId() == p.getId())
                .collect(Collectors.toMap(Feedback::getMeetingId, f -> f));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EventService.MANAGE)
    public Report report(long eventId) {
        access.managed(eventId);
        List<MeetingRequest> rs = requests.findByEventIdOrderByCreatedAtAsc(eventId);
        List<Meeting> ms = meetings.findByEventIdOrderByIdAsc(eventId);
        List<Participant> ps = participants.findByEventIdOrderByCompanyNameAsc(eventId);
        Set<Long> held = ms.stream().filter(m -> m.getStatus() == Meeting.Status.HELD).map(Meeting::getId)
                .collect(Collectors.toSet());
        long followUps = feedback.findByMeetingIdIn(held).stream().filter(Feedback::isFollowUp)
                .map(Feedback::getMeetingId).distinct().count();
        return new Report(rs.size(), count(rs, MeetingRequest.Status.ACCEPTED),
                count(rs, MeetingRequest.Status.DECLINED), count(rs, MeetingRequest.Status.EXPIRED),
                count(rs, MeetingRequest.Status.PENDING),
                ms.stream().filter(m -> m.getSessionId() != null && m.getStatus() != Meeting.Status.CANCELLED)
                        .count(),
                ms.stream().filter(m -> m.getSessionId() == null && m.getStatus() == Meeting.Status.PLANNED)
                        .count(),
                held.size(), ms.stream().filter(m -> m.getStatus() == Meeting.Status.NO_SHOW).count(),
                ps.stream().filter(p -> p.getCheckedInAt() != null).count(),
                ps.stream().filter(Participant::isActive).count(), followUps,
                ms.stream().filter(m -> m.getCaseId() != null).count());
    }

    /** How long the hourly job keeps retrying the hand-over of a held meeting. */
    static final java.time.Duration HAND_OVER_RETRY = java.time.Duration.ofDays(30);
    /** The most hand-overs one run of the job tries (the rest wait for the next hour). */
    static final int HAND_OVER_BATCH = 200;

    /**
     * Hands held meetings without a case to partner search (when it is installed); returns how many. Reads only the
     * meetings held within {@link #HAND_OVER_RETRY} that still lack a case, at most {@link #HAND_OVER_BATCH}.
     */
    public int handOverPending() {
        if (cases.getIfAvailable() == null) {
            return 0;
        }
        List<Long> pending = tx.execute(s -> meetings.pendingHandOver(Meeting.Status.HELD,
                clock.instant().minus(HAND_OVER_RETRY),
                org.springframework.data.domain.PageRequest.of(0, HAND_OVER_BATCH)));
        int done = 0;
        for (Long id : pending) {
            done += handOver(id) ? 1 : 0;
        }
        return done;
    }

    /**
     * Hands a held meeting to partner search: first with the caller's own rights (the organiser's partnership and
     * facilitators apply), else as the system with the event's partnership (the retry job, or an organiser whom
     * partner search refuses). Returns whether a case id was stored.
     */
    private boolean handOver(long meetingId) {
        PartnerCases partnerCases = cases.getIfAvailable();
        if (partnerCases == null) {
            return false;
        }
        return attempt(meetingId, partnerCases, false) || attempt(meetingId, partnerCases, true);
    }

    private boolean attempt(long meetingId, PartnerCases partnerCases, boolean asSystem) {
        try {
            return Boolean.TRUE.equals(tx.execute(s -> {
                Meeting m = meetings.findById(meetingId).orElseThrow();
                if (m.getCaseId() != null) {
                    return false;
                }
                Event event = events.findById(m.getEventId()).orElseThrow();
                long a = participants.findById(m.getAId()).orElseThrow().getCompanyId();
                long b = participants.findById(m.getBId()).orElseThrow().getCompanyId();
                PartnerCases.MeetingHeld held = new PartnerCases.MeetingHeld(a, b, event.getPartnershipId(),
                        m.getHeldAt(), "event", "event-meeting-" + m.getId());
                long caseId = asSystem ? SystemAccess.run(() -> partnerCases.meetingHeld(held))
                        : partnerCases.meetingHeld(held);
                m.linkCase(caseId);
                return true;
            }));
        } catch (RuntimeException e) {
            LOG.warn("Hand-over of held meeting {} to partner search failed{}", meetingId,
                    asSystem ? "; the job will retry" : "", e);
            return false;
        }
    }

    private static long count(List<MeetingRequest> rs, MeetingRequest.Status status) {
        return rs.stream().filter(r -> r.getStatus() == status).count();
    }

    private Meeting meeting(long eventId, long meetingId) {
        return meetings.findById(meetingId).filter(m -> m.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }
}
