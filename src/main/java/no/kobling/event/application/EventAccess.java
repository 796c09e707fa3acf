package no.kobling.event.application;

import java.util.List;
import java.util.Optional;
import no.kobling.company.Companies;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what at an event. Organisers are users with MANAGE_EVENTS in the organising or a co-organising
 * organisation (administrators and the system: every event). Draft events are visible only to organisers; open and
 * closed ones to every signed-in user. A participant's private data (availability, agenda, requests) is visible
 * only to those who act for it: its company's representatives, the user who registered it, and the organisers.
 * Hidden records answer 404.
 */
@Component
public class EventAccess {

    private final CurrentUsers currentUsers;
    private final EventRepository events;
    private final EventParticipantRepository participants;
    private final Companies companies;

    EventAccess(CurrentUsers currentUsers, EventRepository events, EventParticipantRepository participants,
            Companies companies) {
        this.currentUsers = currentUsers;
        this.events = events;
        this.participants = participants;
        this.companies = companies;
    }

    public Optional<CurrentUser> user() {
        return currentUsers.current();
    }

    public String actorName() {
        return currentUsers.current().map(CurrentUser::username).orElse(SystemAccess.SYSTEM);
    }

    public boolean isOrganiser(Event event) {
        if (SystemAccess.isSystem()) {
            return true;
        }
        Optional<CurrentUser> u = currentUsers.current();
        return u.isPresent() && u.get().has(Permission.MANAGE_EVENTS)
                && (u.get().isAdministrator() || event.organisedBy(u.get().organisationId()));
    }

    /** The event if the caller may see it; else 404. */
    public Event visible(long eventId) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        if (event.getStatus() == Event.Status.DRAFT && !isOrganiser(event)) {
            throw new NotFoundException("event", eventId);
        }
        return event;
    }

    /** The event if the caller organises it: 403 without MANAGE_EVENTS, 404 for another organiser's event. */
    public Event managed(long eventId) {
        if (!SystemAccess.isSystem() && !currentUsers.require().has(Permission.MANAGE_EVENTS)) {
            throw new AccessDeniedException("MANAGE_EVENTS");
        }
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        if (!isOrganiser(event)) {
            throw new NotFoundException("event", eventId);
        }
        return event;
    }

    /**
     * Locks the event's row for the rest of the transaction (after {@link #managed}): hand edits of the schedule,
     * accepting a proposal and approvals of one event take turns, so a table, a slot or a company is given once.
     */
    public Event lock(long eventId) {
        return events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
    }

    /** Whether the caller acts for this participant (representative, registering user, or organiser). */
    public boolean actsFor(Participant p, Event event) {
        if (isOrganiser(event)) {
            return true;
        }
        Optional<CurrentUser> u = currentUsers.current();
        if (u.isEmpty()) {
            return false;
        }
        return registeredBy(p) || representsCompanyOf(p);
    }

    /** Whether the signed-in user registered the participant (no query). */
    public boolean registeredBy(Participant p) {
        Optional<CurrentUser> u = currentUsers.current();
        return u.isPresent() && p.getRegisteredBy() != null && p.getRegisteredBy() == u.get().id();
    }

    /** Whether the signed-in user represents the participant's company. */
    public boolean representsCompanyOf(Participant p) {
        Optional<CurrentUser> u = currentUsers.current();
        return u.isPresent() && u.get().has(Permission.REPRESENT_COMPANY) && p.getCompanyId() != null
                && companies.representsCompany(p.getCompanyId());
    }

    /** The participant if the caller acts for it; else 404. */
    public Participant actingFor(long eventId, long participantId) {
        Event event = visible(eventId);
        Participant p = participants.findById(participantId).filter(x -> x.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("participant", participantId));
        if (!actsFor(p, event)) {
            throw new NotFoundException("participant", participantId);
        }
        return p;
    }

    /** The event's participants the caller acts for (not counting organiser rights). */
    public List<Participant> mine(Event event) {
        Optional<CurrentUser> u = currentUsers.current();
        if (u.isEmpty()) {
            return List.of();
        }
        List<Long> represented = u.get().has(Permission.REPRESENT_COMPANY) ? companies.representedCompanyIds()
                : List.of();
        return participants.findByEventIdOrderByCompanyNameAsc(event.getId()).stream()
                .filter(p -> (p.getCompanyId() != null && represented.contains(p.getCompanyId()))
                        || (p.getRegisteredBy() != null && p.getRegisteredBy() == u.get().id()))
                .toList();
    }
}
