package no.kobling.event.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.shared.LocalDay;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's event registrations on its timeline, on the event's first day (or the day the event was created when
 * it has no sessions yet). Only where the caller acts for the participant ({@link EventAccess#actsFor}: the event's
 * organisers, the user who registered the company, the company's representatives) in an event the caller may see:
 * another organiser's participant list stays hidden.
 */
@Component
class EventTimeline implements CompanyTimelineSource {

    private final EventParticipantRepository participants;
    private final EventRepository events;
    private final EventSessionRepository sessions;
    private final EventAccess access;

    EventTimeline(EventParticipantRepository participants, EventRepository events, EventSessionRepository sessions,
            EventAccess access) {
        this.participants = participants;
        this.events = events;
        this.sessions = sessions;
        this.access = access;
    }

    @Override
    public String kind() {
        return "event";
    }

    /** One participation of the company the caller may see: the participant and its event. */
    record Participation(Participant participant, Event event) {
    }

    /**
     * The company's participations in events where the caller acts for the participant. A fixed number of statements
     * however many registrations the company has (ws16 point 5): the participants, their events in one look-up (their
     * texts and co-organisers batched), and whether the caller represents the company asked once.
     */
    List<Participation> visible(long companyId) {
        List<Participant> mine = participants.findByCompanyIdIn(List.of(companyId));
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Event> byId = new HashMap<>();
        events.findAllById(mine.stream().map(Participant::getEventId).collect(Collectors.toSet()))
                .forEach(e -> byId.put(e.getId(), e));
        Map<Long, Boolean> organiser = new HashMap<>();
        boolean[] represents = null;
        List<Participation> found = new ArrayList<>();
        for (Participant p : mine) {
            Event event = byId.get(p.getEventId());
            if (event == null) {
                continue;
            }
            boolean organises = organiser.computeIfAbsent(event.getId(), id -> access.isOrganiser(event));
            if (event.getStatus() == Event.Status.DRAFT && !organises) {
                continue;
            }
            if (organises || access.registeredBy(p)) {
                found.add(new Participation(p, event));
                continue;
            }
            if (represents == null) {
                represents = new boolean[] {access.representsCompanyOf(p)};
            }
            if (represents[0]) {
                found.add(new Participation(p, event));
            }
        }
        return found;
    }

    /** The first day of each event (by its sessions, in one query), for the entries' dates. */
    Map<Long, LocalDate> firstDays(Collection<Long> eventIds) {
        Map<Long, LocalDate> first = new HashMap<>();
        if (!eventIds.isEmpty()) {
            sessions.findByEventIdInOrderByDayAscStartTimeAsc(eventIds)
                    .forEach(s -> first.putIfAbsent(s.getEventId(), s.getDay()));
        }
        return first;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        List<Participation> visible = visible(companyId);
        Map<Long, LocalDate> first = firstDays(visible.stream().map(v -> v.event().getId()).distinct().toList());
        return visible.stream().map(v -> new TimelineEntry(kind(), v.participant().getId(),
                day(v.event(), first, zone), v.event().text(lang).title(), v.event().getPlace(),
                "/events/" + v.event().getId())).toList();
    }

    private static LocalDate day(Event event, Map<Long, LocalDate> first, ZoneId zone) {
        LocalDate day = first.get(event.getId());
        return day != null ? day : LocalDay.of(event.getCreatedAt(), zone);
    }
}
