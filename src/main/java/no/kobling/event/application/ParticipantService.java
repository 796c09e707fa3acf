package no.kobling.event.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.MeetingRequest;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.Participant.SlotRef;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRequestRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration (public page with consent, or by an advisor, representative or organiser), approval, removal,
 * availability and caps, and check-in.
 */
@Service
public class ParticipantService {

    private final EventParticipantRepository participants;
    private final EventMeetingRepository meetings;
    private final EventRequestRepository requests;
    private final EventSessionRepository sessions;
    private final EventAccess access;
    private final Companies companies;
    private final Clock clock;

    ParticipantService(EventParticipantRepository participants, EventMeetingRepository meetings, EventRequestRepository requests,
            EventSessionRepository sessions, EventAccess access, Companies companies, Clock clock) {
        this.participants = participants;
        this.meetings = meetings;
        this.requests = requests;
        this.sessions = sessions;
        this.access = access;
        this.companies = companies;
        this.clock = clock;
    }

    /** A registration by a signed-in user for a company they may see (consent confirmed on the company's behalf). */
    public record Registration(long companyId, Participant.Type type, String contactName, String contactEmail,
            boolean consent) {
    }

    /** A public registration: the company by country and organisation number. */
    public record PublicRegistration(String countryCode, String orgNumber, String companyName,
            Participant.Type type, String contactName, String contactEmail, boolean consent) {
    }

    /**
     * Registers a company for an open event (organisers: any event). Organisers' registrations are approved at once;
     * others wait for approval. Needs organiser rights, MANAGE_COMPANIES (an advisor) or REPRESENT_COMPANY for the
     * user's own company.
     */
    @Transactional
    public Participant register(long eventId, Registration r) {
        Event event = access.visible(eventId);
        boolean organiser = access.isOrganiser(event);
        CurrentUser user = access.user().orElse(null);
        if (!organiser && event.getStatus() != Event.Status.OPEN) {
            throw DomainException.rule("event-registration-closed", "event.error.registration-closed");
        }
        boolean mayRegister = organiser || (user != null && (user.has(Permission.MANAGE_COMPANIES)
                || (user.has(Permission.REPRESENT_COMPANY) && companies.representsCompany(r.companyId()))));
        if (!mayRegister) {
            throw new AccessDeniedException("register");
        }
        CompanyRef company = companies.ref(r.companyId())
                .orElseThrow(() -> new NotFoundException("company", r.companyId()));
        Participant p = save(event, company, r.type(), r.contactName(), r.contactEmail(), r.consent(),
                user == null ? null : user.id());
        if (organiser) {
            p.decide(Participant.Status.APPROVED);
        }
        return p;
    }

    /** The public registration page: finds the company in the register, or adds it (name, country, number). */
    @Transactional
    public Participant registerPublic(Event event, PublicRegistration r) {
        if (event.getStatus() != Event.Status.OPEN) {
            throw DomainException.rule("event-registration-closed", "event.error.registration-closed");
        }
        if (!r.consent()) {
            throw DomainException.rule("event-consent-required", "event.error.consent-required");
        }
        CompanyRef company = SystemAccess.run(() -> {
            long id = companies.idByOrgNumber(r.countryCode(), r.orgNumber()).orElseGet(() -> companies.register(
                    new Companies.CompanyData(r.countryCode(), r.orgNumber(), r.companyName(), null, null, null,
                            null, null, Set.of())));
            return companies.ref(id).orElseThrow();
        });
        return save(event, company, r.type(), r.contactName(), r.contactEmail(), true, null);
    }

    private Participant save(Event event, CompanyRef company, Participant.Type type, String contactName,
            String contactEmail, boolean consent, Long registeredBy) {
        if (participants.findByEventIdAndCompanyId(event.getId(), company.id()).isPresent()) {
            throw DomainException.conflict("event-already-registered", "event.error.already-registered",
                    company.name());
        }
        if (contactName == null || contactName.isBlank()) {
            throw DomainException.rule("event-contact-required", "event.error.contact-required");
        }
        Participant p = new Participant(event.getId(), company.id(), company.name(), company.countryCode(),
                type == null ? Participant.Type.PARTNER : type, contactName.strip(),
                contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip(),
                consent ? clock.instant() : null, registeredBy, EventService.token(), clock.instant());
        p.setMaxMeetings(event.getDefaultMaxMeetings());
        return participants.save(p);
    }

    @Transactional(readOnly = true)
    public List<Participant> all(long eventId) {
        access.managed(eventId);
        return participants.findByEventIdOrderByCompanyNameAsc(eventId);
    }

    @Transactional(readOnly = true)
    public List<Participant> mine(long eventId) {
        return access.mine(access.visible(eventId));
    }

    @Transactional(readOnly = true)
    public Participant get(long eventId, long participantId) {
        return access.actingFor(eventId, participantId);
    }

    /** Approves or declines a registration. */
    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void decide(long eventId, long participantId, boolean approve) {
        access.managed(eventId);
        participant(eventId, participantId).decide(approve ? Participant.Status.APPROVED
                : Participant.Status.DECLINED);
    }

    /**
     * Removes a participant: their planned meetings are cancelled (and leave the schedule), their pending requests
     * expire. Returns how many scheduled meetings were unscheduled, for the organiser's message.
     */
    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public int remove(long eventId, long participantId) {
        access.managed(eventId);
        Participant p = participant(eventId, participantId);
        p.decide(Participant.Status.REMOVED);
        int unscheduled = 0;
        for (Meeting m : meetings.findByEventIdOrderByIdAsc(eventId)) {
            if (m.involves(participantId) && m.getStatus() == Meeting.Status.PLANNED) {
                if (m.isScheduled()) {
                    unscheduled++;
                }
                m.cancel(clock.instant());
            }
        }
        for (MeetingRequest r : requests.findByEventIdOrderByCreatedAtAsc(eventId)) {
            if (r.involves(participantId) && r.getStatus() == MeetingRequest.Status.PENDING) {
                r.expireIfDue(r.getExpiresAt());
            }
        }
        return unscheduled;
    }

    /** Sets a participant's availability (blocked slots) and cap; the participant's side or the organiser. */
    @Transactional
    public void availability(long eventId, long participantId, Set<SlotRef> blocked, Integer maxMeetings) {
        Participant p = access.actingFor(eventId, participantId);
        Set<Long> sessionIds = new java.util.HashSet<>();
        sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId).forEach(s -> sessionIds.add(s.getId()));
        if (blocked.stream().anyMatch(b -> !sessionIds.contains(b.sessionId()))) {
            throw DomainException.rule("event-unknown-slot", "event.error.unknown-slot");
        }
        p.setBlocked(blocked);
        p.setMaxMeetings(maxMeetings);
    }

    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void checkIn(long eventId, long participantId, boolean in) {
        access.managed(eventId);
        Participant p = participant(eventId, participantId);
        if (in) {
            p.checkIn(clock.instant());
        } else {
            p.undoCheckIn();
        }
    }

    /** The register's company with this number, if the caller may look it up. */
    @Transactional(readOnly = true)
    public Long companyIdByNumber(String countryCode, String orgNumber) {
        try {
            return companies.idByOrgNumber(countryCode, orgNumber).orElse(null);
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    /** The companies the signed-in user represents, for the registration form. */
    @Transactional(readOnly = true)
    public List<CompanyRef> representedCompanies() {
        return companies.refs(companies.representedCompanyIds());
    }

    private Participant participant(long eventId, long id) {
        return participants.findById(id).filter(p -> p.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("participant", id));
    }
}
