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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import no.kobling.identity.OrganisationDirectory;
import no.kobling.identity.Permission;
import no.kobling.identity.UserDirectory;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.ical.Ical;
import org.springframework.context.MessageSource;
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
    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final MessageSource messages;

    AgendaService(EventRepository events, EventMeetingRepository meetings, EventParticipantRepository participants,
            EventSessionRepository sessions, EventTableRepository tables, EventAccess access, Clock clock,
            OrganisationDirectory organisations, UserDirectory users, MessageSource messages) {
        this.events = events;
        this.meetings = meetings;
        this.participants = participants;
        this.sessions = sessions;
        this.tables = tables;
        this.access = access;
        this.clock = clock;
        this.organisations = organisations;
        this.users = users;
        this.messages = messages;
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
     * Each carries a LOCATION (table, place, or the video room), a DESCRIPTION in {@code locale} (who, table, room,
     * the organiser's contact) and the ORGANIZER with a mailto address when the organiser has one.
     */
    @Transactional(readOnly = true)
    public String ical(String token, Locale locale) {
        Participant p = participants.findByCalendarToken(token).filter(x -> x.getStatus() != Participant.Status.REMOVED)
                .orElseThrow(() -> new NotFoundException("participant", token));
        Event event = events.findById(p.getEventId()).orElseThrow();
        ZoneId zone = ZoneId.of(event.getTimeZone());
        String title = event.text(locale.getLanguage()).title();
        String organiser = organisations.find(event.getOrganiserOrgId())
                .map(OrganisationDirectory.OrganisationRef::name).orElse(title);
        Contact contact = organiserContact(event.getOrganiserOrgId(), organiser);
        StringBuilder b = new StringBuilder();
        Ical.line(b, "BEGIN:VCALENDAR");
        Ical.line(b, "VERSION:2.0");
        Ical.line(b, "PRODID:-//Kobling//Matchmaking events//EN");
        Ical.line(b, "CALSCALE:GREGORIAN");
        Ical.line(b, "METHOD:PUBLISH");
        Ical.line(b, "X-WR-CALNAME:" + Ical.text(title));
        String stamp = ICS.format(clock.instant().atOffset(ZoneOffset.UTC));
        for (MeetingRow r : rows(event.getId())) {
            if (!r.meeting().involves(p.getId()) || r.start() == null
                    || r.meeting().getStatus() == Meeting.Status.CANCELLED) {
                continue;
            }
            Participant other = r.other(p.getId());
            String room = r.table() == null ? null : r.table().getRoomUrl();
            Ical.line(b, "BEGIN:VEVENT");
            Ical.line(b, "UID:event-meeting-" + r.meeting().getId() + "@kobling.no");
            Ical.line(b, "SEQUENCE:" + r.meeting().getSequence());
            Ical.line(b, "DTSTAMP:" + stamp);
            Ical.line(b, "LAST-MODIFIED:" + ICS.format(r.meeting().getUpdatedAt().atOffset(ZoneOffset.UTC)));
            Ical.line(b, "DTSTART:" + ICS.format(r.start().atZone(zone).withZoneSameInstant(ZoneOffset.UTC)));
            Ical.line(b, "DTEND:" + ICS.format(r.end().atZone(zone).withZoneSameInstant(ZoneOffset.UTC)));
            Ical.line(b, "SUMMARY:" + Ical.text("B2B: " + other.getCompanyName()));
            List<String> where = new ArrayList<>();
            if (r.table() != null) {
                where.add(r.table().getName());
            }
            if (event.getPlace() != null && !event.getPlace().isBlank()) {
                where.add(event.getPlace());
            }
            if (where.isEmpty() && room != null) {
                where.add(room);
            }
            if (!where.isEmpty()) {
                Ical.line(b, "LOCATION:" + Ical.text(String.join(", ", where)));
            }
            List<String> about = new ArrayList<>();
            about.add(msg("pdf.ical.meeting", locale, other.getCompanyName(), other.getCountryCode(), title));
            if (r.table() != null) {
                about.add(msg("pdf.ical.table", locale, r.table().getName()));
            }
            if (room != null) {
                about.add(msg("pdf.ical.room", locale, room));
            }
            about.add(contact == null ? msg("pdf.ical.organiser", locale, organiser)
                    : msg("pdf.ical.organiser-mail", locale, contact.name(), contact.email()));
            Ical.line(b, "DESCRIPTION:" + Ical.text(String.join("\n", about)));
            if (contact != null) {
                Ical.line(b, "ORGANIZER;CN=" + Ical.param(contact.name()) + ":mailto:" + contact.email());
            }
            if (room != null) {
                Ical.line(b, "URL:" + room);
            }
            Ical.line(b, "END:VEVENT");
        }
        Ical.line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** Who answers for the event: a name and an e-mail address. */
    record Contact(String name, String email) {
    }

    /**
     * The organiser's contact: the organising organisation's e-mail, else the first of its event managers with an
     * e-mail (named "person, organisation"); null when nobody has an address.
     */
    private Contact organiserContact(long organisationId, String organisation) {
        Optional<String> email = organisations.emailOf(organisationId);
        if (email.isPresent()) {
            return new Contact(organisation, email.get().strip());
        }
        return users.enabledWithPermission(Permission.MANAGE_EVENTS, List.of(organisationId)).stream()
                .filter(u -> u.email() != null && !u.email().isBlank()).findFirst()
                .map(u -> new Contact(u.displayName() + ", " + organisation, u.email().strip())).orElse(null);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
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
}
