package no.kobling.event.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.kobling.company.Companies;
import no.kobling.event.EventOverview;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.MeetingRequest;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRepository;
import no.kobling.event.persistence.EventRequestRepository;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The home page's view of events: organisers' approvals and a company's participations. */
@Component
class EventOverviewFacade implements EventOverview {

    /** Events read for the organiser's overview (newest first). */
    static final int SCAN = 200;

    private final EventRepository events;
    private final EventParticipantRepository participants;
    private final EventRequestRepository requests;
    private final EventAccess access;
    private final CurrentUsers currentUsers;
    private final Companies companies;

    EventOverviewFacade(EventRepository events, EventParticipantRepository participants,
            EventRequestRepository requests, EventAccess access, CurrentUsers currentUsers, Companies companies) {
        this.events = events;
        this.participants = participants;
        this.requests = requests;
        this.access = access;
        this.currentUsers = currentUsers;
        this.companies = companies;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('MANAGE_EVENTS')")
    public List<WaitingRegistrations> registrationsWaiting(int limit) {
        CurrentUser user = currentUsers.require();
        long org = user.organisationId() == null ? -1 : user.organisationId();
        String lang = LocaleContextHolder.getLocale().getLanguage();
        List<WaitingRegistrations> result = new ArrayList<>();
        for (Event event : events.visible(user.isAdministrator(), org, Event.Status.DRAFT, -1,
                PageRequest.of(0, SCAN, Sort.by(Sort.Direction.DESC, "id"))).getContent()) {
            if (!access.isOrganiser(event)) {
                continue;
            }
            long waiting = participants.findByEventIdOrderByCompanyNameAsc(event.getId()).stream()
                    .filter(p -> p.getStatus() == Participant.Status.PENDING).count();
            if (waiting > 0) {
                result.add(new WaitingRegistrations(event.getId(), event.text(lang).title(), waiting));
            }
        }
        return result.stream().limit(Math.max(0, limit)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('REPRESENT_COMPANY')")
    public List<CompanyParticipation> companyParticipations(int limit) {
        List<Long> represented = companies.representedCompanyIds();
        if (represented.isEmpty()) {
            return List.of();
        }
        String lang = LocaleContextHolder.getLocale().getLanguage();
        List<CompanyParticipation> result = new ArrayList<>();
        for (Participant p : participants.findByCompanyIdIn(represented)) {
            if (p.getStatus() == Participant.Status.REMOVED) {
                continue;
            }
            Event event = events.findById(p.getEventId()).orElse(null);
            if (event == null || event.getStatus() == Event.Status.DRAFT) {
                continue;
            }
            List<MeetingRequest> pending = requests.findByEventIdOrderByCreatedAtAsc(event.getId()).stream()
                    .filter(r -> r.getStatus() == MeetingRequest.Status.PENDING).toList();
            long incoming = pending.stream().filter(r -> r.getToId() == p.getId()).count();
            long outgoing = pending.stream().filter(r -> r.getFromId() == p.getId()).count();
            result.add(new CompanyParticipation(event.getId(), event.text(lang).title(), p.getId(),
                    p.getCompanyName(), p.getStatus().name(), incoming, outgoing));
        }
        result.sort(Comparator.comparingLong(CompanyParticipation::eventId).reversed());
        return result.stream().limit(Math.max(0, limit)).toList();
    }
}
