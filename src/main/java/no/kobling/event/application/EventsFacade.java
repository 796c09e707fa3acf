package no.kobling.event.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.kobling.event.Events;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event module's facade for other modules; delegates to the application services and their checks. */
@Service
class EventsFacade implements Events {

    private final EventService events;
    private final ParticipantService participants;
    private final RequestService requests;
    private final EventRepository repository;
    private final EventAccess access;
    private final no.kobling.event.persistence.EventParticipantRepository participantRepository;

    EventsFacade(EventService events, ParticipantService participants, RequestService requests,
            EventRepository repository, EventAccess access,
            no.kobling.event.persistence.EventParticipantRepository participantRepository) {
        this.participantRepository = participantRepository;
        this.events = events;
        this.participants = participants;
        this.requests = requests;
        this.repository = repository;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> idBySlug(String slug) {
        return repository.findBySlug(slug).filter(e -> e.getStatus() != Event.Status.DRAFT || access.isOrganiser(e))
                .map(Event::getId);
    }

    @Override
    public long createEvent(EventData d) {
        Map<String, Event.Text> texts = new HashMap<>();
        d.texts().forEach((lang, t) -> texts.put(lang, new Event.Text(t[0], t.length > 1 ? t[1] : null)));
        return events.create(new EventService.EventCommand(d.organiserOrgId(), d.partnershipId(),
                Event.Mode.valueOf(d.mode()), d.place(), d.requestExpiryHours(), d.maxMeetingsPerParticipant(),
                d.timeZone(), d.coOrganiserOrgIds(), texts)).getId();
    }

    @Override
    public void openForRegistration(long eventId) {
        events.changeStatus(eventId, Event.Status.OPEN);
    }

    @Override
    public long addSession(long eventId, LocalDate day, LocalTime start, int slotMinutes, int slots,
            int breakMinutes) {
        return events.addSession(eventId, day, start, slotMinutes, slots, breakMinutes).getId();
    }

    @Override
    public void addTables(long eventId, String namePrefix, int count, String roomUrl) {
        events.addTables(eventId, namePrefix, count, roomUrl);
    }

    @Override
    public long registerCompany(long eventId, long companyId, String participantType, String contactName,
            String contactEmail) {
        return participants.register(eventId, new ParticipantService.Registration(companyId,
                Participant.Type.valueOf(participantType), contactName, contactEmail, true)).getId();
    }

    @Override
    public long requestMeeting(long eventId, long fromParticipantId, long toParticipantId, String message) {
        return requests.send(eventId, fromParticipantId, toParticipantId, message, 1).getId();
    }

    @Override
    public void answerRequest(long eventId, long requestId, boolean accept) {
        requests.answer(eventId, requestId, accept);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<ParticipantContact> participantContacts(long eventId) {
        Event event = access.managed(eventId);
        return participantRepository.findByEventIdOrderByCompanyNameAsc(event.getId()).stream()
                .filter(p -> p.getStatus() == Participant.Status.APPROVED)
                .map(p -> new ParticipantContact(p.getCompanyId(), p.getCompanyName(), p.getContactEmail(),
                        p.getConsentAt()))
                .toList();
    }

    @Override
    public java.util.List<Long> taggedWith(long projectId) {
        return events.taggedWith(projectId);
    }
}
