package no.kobling.event.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.EventSession;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.SlotGrid;
import no.kobling.event.persistence.EventRepository;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.event.persistence.EventTableRepository;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agendas (page, PDF, iCalendar feed) and the organiser's meeting list and table plan. */
@Service
public class AgendaService {

    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final EventRepository events;
    private final EventMeetingRepository meetings;
    private final EventParticipantRepository participants;
    private final EventSessionRepository sessions;
    private final EventTableRepository tables;
    private final EventAccess access;
    private final Clock clock;

    AgendaService(EventRepository events, EventMeetingRepository meetings, EventParticipantRepository participants,
            EventSessionRepository sessions, EventTableRepository tables, EventAccess access, Clock clock) {
        this.events = events;
        this.meetings = meetings;
        this.participants = participants;
        this.sessions = sessions;
        this.tables = tables;
        this.access = access;
        this.clock = clock;
    }

    /** A meeting with names, time and table, as the pages show it. */
    public record MeetingRow(Meeting meeting, Participant a, Participant b, LocalDateTime start, LocalDateTime end,
            EventTable table, int globalSlot) {

        public Participant other(long participantId) {
            return a.getId() == participantId ? b : a;
        }
    }

    /** One slot of the table plan: the meeting at each table (null where free). */
    public record PlanSlot(int number, EventSession session, LocalDateTime start, LocalDateTime end,
            List<MeetingRow> byTable) {
    }

    /** The personal agenda: the participant's scheduled and held meetings in time order. */
    @Transactional(readOnly = true)
    public List<MeetingRow> agenda(long eventId, long participantId) {
        Participant p = access.actingFor(eventId, participantId);
        return rows(eventId).stream().filter(r -> r.meeting().involves(p.getId()) && r.start() != null
                && r.meeting().getStatus() != Meeting.Status.CANCELLED).toList();
    }

    /** Every meeting of the event (organisers). */
    @Transactional(readOnly = true)
    @PreAuthorize(EventService.MANAGE)
    public List<MeetingRow> meetings(long eventId) {
        access.managed(eventId);
        return rows(eventId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EventService.MANAGE)
    public List<PlanSlot> tablePlan(long eventId) {
        access.managed(eventId);
        SlotGrid grid = new SlotGrid(sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId));
        List<EventTable> ts = tables.findByEventIdOrderByPositionAscIdAsc(eventId);
        Map<String, MeetingRow> at = new HashMap<>();
        rows(eventId).stream().filter(r -> r.start() != null && r.table() != null
                        && r.meeting().getStatus() != Meeting.Status.CANCELLED)
                .forEach(r -> at.put(r.globalSlot() + ":" + r.table().getId(), r));
        List<PlanSlot> plan = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            var ref = grid.slot(i);
            EventSession s = grid.session(ref.sessionId());
            List<MeetingRow> row = new ArrayList<>();
            for (EventTable t : ts) {
                row.add(at.get(i + ":" + t.getId()));
            }
            plan.add(new PlanSlot(i + 1, s, s.slotStart(ref.slotNo()), s.slotEnd(ref.slotNo()), row));
        }
        return plan;
    }

    /**
     * The iCalendar feed of a participant by its private token: one VEVENT per scheduled meeting with a stable UID
     * (the meeting's id) and SEQUENCE (raised on every move), so calendars update an entry instead of adding one.
     */
    @Transactional(readOnly = true)
    public String ical(String token) {
        Participant p = participants.findByCalendarToken(token).filter(x -> x.getStatus() != Participant.Status.REMOVED)
                .orElseThrow(() -> new NotFoundException("participant", token));
        Event event = events.findById(p.getEventId()).orElseThrow();
        ZoneId zone = ZoneId.of(event.getTimeZone());
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Kobling//Matchmaking events//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "X-WR-CALNAME:" + escape(event.text("nb").title()));
        String stamp = ICS.format(clock.instant().atOffset(ZoneOffset.UTC));
        for (MeetingRow r : rows(event.getId())) {
            if (!r.meeting().involves(p.getId()) || r.start() == null
                    || r.meeting().getStatus() == Meeting.Status.CANCELLED) {
                continue;
            }
            Participant other = r.other(p.getId());
            line(b, "BEGIN:VEVENT");
            line(b, "UID:event-meeting-" + r.meeting().getId() + "@kobling.no");
            line(b, "SEQUENCE:" + r.meeting().getSequence());
            line(b, "DTSTAMP:" + stamp);
            line(b, "LAST-MODIFIED:" + ICS.format(r.meeting().getUpdatedAt().atOffset(ZoneOffset.UTC)));
            line(b, "DTSTART:" + ICS.format(r.start().atZone(zone).withZoneSameInstant(ZoneOffset.UTC)));
            line(b, "DTEND:" + ICS.format(r.end().atZone(zone).withZoneSameInstant(ZoneOffset.UTC)));
            line(b, "SUMMARY:" + escape("B2B: " + other.getCompanyName()));
            String location = r.table() == null ? "" : r.table().getName()
                    + (event.getPlace() == null ? "" : ", " + event.getPlace());
            line(b, "LOCATION:" + escape(location));
            if (r.table() != null && r.table().getRoomUrl() != null) {
                line(b, "URL:" + r.table().getRoomUrl());
            }
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    private List<MeetingRow> rows(long eventId) {
        SlotGrid grid = new SlotGrid(sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId));
        Map<Long, EventTable> ts = tables.findByEventIdOrderByPositionAscIdAsc(eventId).stream()
                .collect(Collectors.toMap(EventTable::getId, Function.identity()));
        Map<Long, Participant> ps = participants.findByEventIdOrderByCompanyNameAsc(eventId).stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        List<MeetingRow> rows = new ArrayList<>();
        for (Meeting m : meetings.findByEventIdOrderByIdAsc(eventId)) {
            EventSession s = m.getSessionId() == null ? null : grid.session(m.getSessionId());
            rows.add(new MeetingRow(m, ps.get(m.getAId()), ps.get(m.getBId()),
                    s == null ? null : s.slotStart(m.getSlotNo()), s == null ? null : s.slotEnd(m.getSlotNo()),
                    m.getTableId() == null ? null : ts.get(m.getTableId()),
                    s == null ? -1 : grid.index(s.getId(), m.getSlotNo())));
        }
        rows.sort(Comparator.comparing((MeetingRow r) -> r.start() == null ? LocalDateTime.MAX : r.start())
                .thenComparing(r -> r.meeting().getId()));
        return rows;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line, folded at 75 octets as RFC 5545 asks. */
    private static void line(StringBuilder b, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            b.append(text).append("\r\n");
            return;
        }
        StringBuilder current = new StringBuilder();
        int octets = 0;
        boolean first = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + len > (first ? 75 : 74)) {
                b.append(first ? "" : " ").append(current).append("\r\n");
                current.setLength(0);
                octets = 0;
                first = false;
            }
            current.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        b.append(first ? "" : " ").append(current).append("\r\n");
    }
}
