package no.kobling.event.application;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.ActorZones;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.EventSession;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.Meeting;
import no.kobling.event.persistence.EventRepository;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.event.persistence.EventTableRepository;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.project.ProjectRef;
import no.kobling.project.Projects;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Zones;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Events, their sessions and tables. Creating and changing them needs MANAGE_EVENTS and organiser rights. */
@Service
public class EventService {

    public static final String MANAGE = "hasAuthority('MANAGE_EVENTS')";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventRepository events;
    private final EventSessionRepository sessions;
    private final EventTableRepository tables;
    private final EventMeetingRepository meetings;
    private final EventAccess access;
    private final Clock clock;
    private final ActorZones zones;
    private final Projects projects;

    EventService(EventRepository events, EventSessionRepository sessions, EventTableRepository tables,
            EventMeetingRepository meetings, EventAccess access, Clock clock, ActorZones zones, Projects projects) {
        this.projects = projects;
        this.events = events;
        this.sessions = sessions;
        this.tables = tables;
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
        this.zones = zones;
    }

    /** What an organiser enters about an event; {@code projectId} tags it with a project (issue 13; null: none). */
    public record EventCommand(Long organiserOrgId, Long partnershipId, Event.Mode mode, String place,
            int requestExpiryHours, Integer defaultMaxMeetings, String timeZone, Set<Long> coOrganisers,
            Map<String, Event.Text> texts, Long projectId) {

        /** Without a project tag. */
        public EventCommand(Long organiserOrgId, Long partnershipId, Event.Mode mode, String place,
                int requestExpiryHours, Integer defaultMaxMeetings, String timeZone, Set<Long> coOrganisers,
                Map<String, Event.Text> texts) {
            this(organiserOrgId, partnershipId, mode, place, requestExpiryHours, defaultMaxMeetings, timeZone,
                    coOrganisers, texts, null);
        }
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Event create(EventCommand c) {
        Long org = c.organiserOrgId();
        if (!SystemAccess.isSystem()) {
            CurrentUser u = access.user().orElseThrow(() -> new AccessDeniedException("no user"));
            if (org == null || !u.isAdministrator()) {
                org = u.organisationId();
            }
        }
        if (org == null) {
            throw DomainException.rule("event-organiser-required", "event.error.organiser-required");
        }
        Event event = new Event(slug(c.texts()), org, c.partnershipId(), clock.instant());
        apply(event, c);
        return events.save(event);
    }

    /** Checks that the caller may create events (the new-event form). */
    @PreAuthorize(MANAGE)
    public void requireManage() {
        // the annotation is the check
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Event update(long id, long version, EventCommand c) {
        Event event = access.managed(id);
        if (event.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Event.class, id);
        }
        apply(event, c);
        return event;
    }

    /** The zone is one of the three (docs/time.md); none given: the organising organisation's. */
    private void apply(Event event, EventCommand c) {
        String zone = c.timeZone() == null || c.timeZone().isBlank()
                ? zones.organisation(event.getOrganiserOrgId()).getId() : c.timeZone().strip();
        if (!Zones.isSupported(zone)) {
            throw DomainException.rule("event-invalid-time-zone", "event.error.invalid-time-zone", zone);
        }
        event.update(c.mode() == null ? Event.Mode.PLACE : c.mode(), c.place(), c.requestExpiryHours(),
                c.defaultMaxMeetings(), zone, c.coOrganisers() == null ? Set.of() : c.coOrganisers(), c.texts());
        // a newly named project must be one the caller may tag with (404 / 422 project-not-taggable)
        if (c.projectId() != null && !c.projectId().equals(event.getProjectId())) {
            projects.requireTaggable(c.projectId());
        }
        event.tagWithProject(c.projectId());
    }

    /** Projects the caller may tag events with (the form's select; empty: the select is not shown). */
    @Transactional(readOnly = true)
    public List<ProjectRef> projectOptions() {
        return projects.taggable();
    }

    /** The name of a project, if the caller may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> projectName(long projectId) {
        return java.util.Optional.ofNullable(projects.names(List.of(projectId)).get(projectId));
    }

    /** Names of the projects the events are tagged with, in one look-up (labels of a list or page). */
    @Transactional(readOnly = true)
    public Map<Long, String> projectNames(java.util.Collection<Event> list) {
        Set<Long> ids = list.stream().map(Event::getProjectId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        return ids.isEmpty() ? Map.of() : projects.names(ids);
    }

    /**
     * Ids of the events tagged with the project that the caller may see (the event list's rule); none when the
     * caller may not see the project (results per project, issue 13).
     */
    @Transactional(readOnly = true)
    public List<Long> taggedWith(long projectId) {
        if (!SystemAccess.isSystem() && projects.names(List.of(projectId)).isEmpty()) {
            return List.of();
        }
        List<Long> ids = new java.util.ArrayList<>();
        Page<Event> page = visibleEvents(PageRequest.of(0, 500), projectId);
        page.forEach(e -> ids.add(e.getId()));
        while (page.hasNext()) {
            page = visibleEvents(page.nextPageable(), projectId);
            page.forEach(e -> ids.add(e.getId()));
        }
        return ids.stream().sorted().toList();
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public void changeStatus(long id, Event.Status status) {
        access.managed(id).changeStatus(status);
    }

    /** Sort keys of the event list. */
    public static final Set<String> SORTS = Set.of("createdAt", "status");

    /**
     * A page of the events the caller may see: organised ones (also drafts) and every open or closed event. The
     * filter is the query's (the same rule as {@link EventAccess#isOrganiser}); texts and co-organisers of the page
     * are fetched in one batch each, inside the transaction.
     */
    @Transactional(readOnly = true)
    public Page<Event> visibleEvents(Pageable page) {
        return visibleEvents(page, null);
    }

    /** A page of the visible events, only those tagged with the project when {@code projectId} is given. */
    @Transactional(readOnly = true)
    public Page<Event> visibleEvents(Pageable page, Long projectId) {
        boolean all = SystemAccess.isSystem();
        long org = -1;
        if (!all) {
            CurrentUser u = access.user().orElse(null);
            if (u != null && u.has(Permission.MANAGE_EVENTS)) {
                all = u.isAdministrator();
                org = u.organisationId() == null ? -1 : u.organisationId();
            }
        }
        Pageable sorted = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        Pageable stable = PageRequest.of(sorted.getPageNumber(), sorted.getPageSize(),
                sorted.getSort().and(Sort.by(Sort.Direction.DESC, "id")));
        Page<Event> result = events.visible(all, org, Event.Status.DRAFT, projectId == null ? -1L : projectId,
                stable);
        result.forEach(e -> {
            e.getTexts(); // the first loads the whole page's texts (batch), the rest are in memory
            e.getCoOrganisers();
        });
        return result;
    }

    @Transactional(readOnly = true)
    public Event get(long id) {
        return access.visible(id);
    }

    @Transactional(readOnly = true)
    public Event bySlugOrId(String key) {
        Event e = key.matches("\\d{1,18}") ? events.findById(Long.valueOf(key)).orElse(null)
                : events.findBySlug(key).orElse(null);
        if (e == null || e.getStatus() != Event.Status.OPEN) {
            throw new NotFoundException("event", key);
        }
        return e;
    }

    /** The event for its organisers' pages (edit, schedule, day): 404 for everyone else. */
    @Transactional(readOnly = true)
    public Event organised(long id) {
        Event event = access.visible(id);
        if (!access.isOrganiser(event)) {
            throw new NotFoundException("event", id);
        }
        return event;
    }

    @Transactional(readOnly = true)
    public boolean organises(long id) {
        return access.isOrganiser(access.visible(id));
    }

    @Transactional(readOnly = true)
    public List<EventSession> sessions(long eventId) {
        return sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId);
    }

    /** The days of each event's sessions, in order (events without sessions are left out). */
    @Transactional(readOnly = true)
    public Map<Long, List<java.time.LocalDate>> days(java.util.Collection<Event> list) {
        Map<Long, List<java.time.LocalDate>> out = new java.util.HashMap<>();
        if (list.isEmpty()) {
            return out;
        }
        for (EventSession s : sessions.findByEventIdInOrderByDayAscStartTimeAsc(
                list.stream().map(Event::getId).toList())) {
            out.computeIfAbsent(s.getEventId(), k -> new java.util.ArrayList<>()).add(s.getDay());
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<EventTable> tables(long eventId) {
        return tables.findByEventIdOrderByPositionAscIdAsc(eventId);
    }

    /** The sessions of an open event (the public registration page). */
    @Transactional(readOnly = true)
    public List<EventSession> sessionsOfOpen(long eventId) {
        Event e = events.findById(eventId).filter(x -> x.getStatus() == Event.Status.OPEN)
                .orElseThrow(() -> new NotFoundException("event", eventId));
        return sessions.findByEventIdOrderByDayAscStartTimeAsc(e.getId());
    }

    /** Adds a session; overlapping sessions are refused, naming the session it overlaps. */
    @Transactional
    @PreAuthorize(MANAGE)
    public EventSession addSession(long eventId, LocalDate day, LocalTime start, int slotMinutes, int slots,
            int breakMinutes) {
        Event event = access.managed(eventId);
        EventSession s = new EventSession(eventId, day, start, slotMinutes, slots, breakMinutes);
        s.requireClearOfClockChange(ZoneId.of(event.getTimeZone()));
        s.requireNoOverlap(sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId));
        return sessions.save(s);
    }

    /** Removes a session that holds no meeting. */
    @Transactional
    @PreAuthorize(MANAGE)
    public void removeSession(long eventId, long sessionId) {
        access.managed(eventId);
        EventSession s = sessions.findById(sessionId).filter(x -> x.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("session", sessionId));
        if (meetings.findByEventIdOrderByIdAsc(eventId).stream().anyMatch(m -> m.getSessionId() != null
                && m.getSessionId() == sessionId && m.getStatus() != Meeting.Status.CANCELLED)) {
            throw DomainException.conflict("event-session-in-use", "event.error.session-in-use");
        }
        sessions.delete(s);
    }

    /** Adds {@code count} tables named prefix 1..n (or virtual rooms with a link). */
    @Transactional
    @PreAuthorize(MANAGE)
    public void addTables(long eventId, String prefix, int count, String roomUrl) {
        access.managed(eventId);
        if (count < 1 || count > 500 || prefix == null || prefix.isBlank()) {
            throw DomainException.rule("event-tables-invalid", "event.error.tables-invalid");
        }
        int next = tables.findByEventIdOrderByPositionAscIdAsc(eventId).size();
        for (int i = 1; i <= count; i++) {
            tables.save(new EventTable(eventId, prefix.strip() + " " + (next + i),
                    roomUrl == null || roomUrl.isBlank() ? null : roomUrl.strip(), next + i));
        }
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public void removeTable(long eventId, long tableId) {
        access.managed(eventId);
        EventTable t = tables.findById(tableId).filter(x -> x.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("table", tableId));
        if (meetings.findByEventIdOrderByIdAsc(eventId).stream().anyMatch(m -> m.getTableId() != null
                && m.getTableId() == tableId && m.getStatus() != Meeting.Status.CANCELLED)) {
            throw DomainException.conflict("event-table-in-use", "event.error.table-in-use");
        }
        tables.delete(t);
    }

    private String slug(Map<String, Event.Text> texts) {
        String title = texts.values().stream().map(Event.Text::title).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse("event");
        String base = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ø", "o").replace("æ", "ae").replace("å", "a")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty() || base.matches("\\d+")) {
            base = "event-" + base;
        }
        base = base.length() > 60 ? base.substring(0, 60) : base;
        String slug = base;
        while (events.existsBySlug(slug)) {
            slug = base + "-" + Integer.toString(RANDOM.nextInt(36 * 36 * 36), 36);
        }
        return slug;
    }

    static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    static boolean has(CurrentUser u, Permission p) {
        return u != null && u.has(p);
    }
}
