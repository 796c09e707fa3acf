package no.kobling.event.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.MeetingRequest;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRequestRepository;
import no.kobling.notification.Notifications;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marketplace: approved participants browse each other (company basics, partner profiles when the partner-search
 * module provides them), get recommendations, and send, accept or decline meeting requests. Accepted requests become
 * meetings for the scheduler; pending requests expire after the event's configured time. Sending and accepting
 * lock both participants' rows before they check, so one pair has one open request and caps hold under concurrency.
 */
@Service
public class RequestService {

    private final EventParticipantRepository participants;
    private final EventRequestRepository requests;
    private final EventMeetingRepository meetings;
    private final EventAccess access;
    private final ObjectProvider<PartnerProfiles> profiles;
    private final ObjectProvider<Notifications> notifications;
    private final Clock clock;

    RequestService(EventParticipantRepository participants, EventRequestRepository requests, EventMeetingRepository meetings,
            EventAccess access, ObjectProvider<PartnerProfiles> profiles, ObjectProvider<Notifications> notifications,
            Clock clock) {
        this.notifications = notifications;
        this.participants = participants;
        this.requests = requests;
        this.meetings = meetings;
        this.access = access;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Another participant as the marketplace shows it: public basics only, never contact data or agenda. */
    public record Card(long participantId, long companyId, String companyName, String countryCode,
            Participant.Type type, PartnerProfiles.ProfileSummary profile, Double score, List<String> reasons) {
    }

    /** A request as one side sees it. */
    public record RequestView(MeetingRequest request, String fromName, String toName, boolean incoming) {
    }

    /**
     * The other approved participants, filtered by type, country and text, for one of the caller's participants.
     * No transaction of its own: partner search runs in its own, and a refusal there only hides the profiles.
     */
    public List<Card> marketplace(long eventId, long participantId, Participant.Type type, String country,
            String q, String lang) {
        Participant me = requireActive(access.actingFor(eventId, participantId));
        List<Participant> others = participants.findByEventIdOrderByCompanyNameAsc(eventId).stream()
                .filter(p -> p.isActive() && !p.getId().equals(me.getId()))
                .filter(p -> type == null || p.getType() == type)
                .filter(p -> country == null || country.isBlank() || p.getCountryCode().equalsIgnoreCase(country))
                .toList();
        Map<Long, PartnerProfiles.ProfileSummary> byCompany = profileMap(others, lang);
        String needle = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        return others.stream().map(p -> new Card(p.getId(), p.getCompanyId(), p.getCompanyName(),
                        p.getCountryCode(), p.getType(), byCompany.get(p.getCompanyId()), null, List.of()))
                .filter(c -> needle.isEmpty() || text(c).contains(needle)).toList();
    }

    /** Recommended partners among the event's participants (empty when partner search is not installed). */
    public List<Card> recommendations(long eventId, long participantId, int limit, String lang) {
        Participant me = requireActive(access.actingFor(eventId, participantId));
        PartnerProfiles p = profiles.getIfAvailable();
        if (p == null) {
            return List.of();
        }
        Map<Long, Participant> byCompany = participants.findByEventIdOrderByCompanyNameAsc(eventId).stream()
                .filter(x -> x.isActive() && !x.getId().equals(me.getId()))
                .collect(Collectors.toMap(Participant::getCompanyId, Function.identity(), (a, b) -> a));
        List<PartnerProfiles.Recommendation> found;
        try {
            found = p.recommendationsAmong(me.getCompanyId(), byCompany.keySet(), limit, lang);
        } catch (RuntimeException e) {
            return List.of();
        }
        return found.stream()
                .filter(r -> byCompany.containsKey(r.companyId())).map(r -> {
                    Participant x = byCompany.get(r.companyId());
                    return new Card(x.getId(), x.getCompanyId(), x.getCompanyName(), x.getCountryCode(),
                            x.getType(), null, r.score(), r.reasons());
                }).toList();
    }

    /** Sends a request from one of the caller's participants to another approved participant. */
    @Transactional
    public MeetingRequest send(long eventId, long fromId, long toId, String message, int priority) {
        Event event = access.visible(eventId);
        Participant from = requireActive(access.actingFor(eventId, fromId));
        Participant to = participants.findById(toId).filter(p -> p.getEventId() == eventId && p.isActive())
                .orElseThrow(() -> new NotFoundException("participant", toId));
        if (event.getStatus() == Event.Status.CLOSED) {
            throw DomainException.rule("event-closed", "event.error.closed");
        }
        lockInOrder(from.getId(), to.getId()); // one open request per pair, also when both send at once
        boolean open = requests.findByEventIdOrderByCreatedAtAsc(eventId).stream().anyMatch(r ->
                r.involves(from.getId()) && r.involves(to.getId())
                        && (r.getStatus() == MeetingRequest.Status.PENDING
                        || r.getStatus() == MeetingRequest.Status.ACCEPTED));
        if (open) {
            throw DomainException.conflict("event-request-exists", "event.error.request-exists",
                    to.getCompanyName());
        }
        Instant now = clock.instant();
        MeetingRequest saved = requests.save(new MeetingRequest(eventId, from.getId(), to.getId(),
                message == null || message.isBlank() ? null : message.strip(), priority, now,
                now.plus(Duration.ofHours(event.getRequestExpiryHours()))));
        notify(to, "event.notification.request", from.getCompanyName(),
                "/events/" + eventId + "/participants/" + to.getId() + "/marketplace#requests");
        // a request from my company that someone else sent on its behalf (e.g. the company's advisor)
        Long sender = access.user().map(no.kobling.identity.CurrentUser::id).orElse(null);
        Notifications n = notifications.getIfAvailable();
        if (n != null && from.getRegisteredBy() != null && !from.getRegisteredBy().equals(sender)
                && !from.getRegisteredBy().equals(to.getRegisteredBy())) {
            n.notify(from.getRegisteredBy(), Notifications.Kind.MEETING_REQUEST, "notify.request.sent",
                    List.of(from.getCompanyName(), to.getCompanyName()),
                    "/events/" + eventId + "/participants/" + from.getId() + "/marketplace#requests");
        }
        return saved;
    }

    /**
     * The addressee accepts (the request becomes a meeting, within both participants' caps) or declines.
     */
    @Transactional
    public MeetingRequest answer(long eventId, long requestId, boolean accept) {
        Event event = access.visible(eventId);
        MeetingRequest r = requests.findById(requestId).filter(x -> x.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("request", requestId));
        Participant to = participants.findById(r.getToId()).orElseThrow();
        if (!access.actsFor(to, event)) {
            throw new NotFoundException("request", requestId);
        }
        Participant from = participants.findById(r.getFromId()).orElseThrow();
        if (r.getStatus() != MeetingRequest.Status.PENDING || !clock.instant().isBefore(r.getExpiresAt())) {
            throw DomainException.conflict("event-request-closed", "event.error.request-closed");
        }
        if (accept) {
            requireActive(to);
            requireActive(from);
            lockInOrder(from.getId(), to.getId()); // caps hold when several requests of one participant are accepted
            List<Meeting> all = meetings.findByEventIdOrderByIdAsc(eventId);
            for (Participant p : List.of(from, to)) {
                long count = all.stream().filter(m -> m.involves(p.getId())
                        && m.getStatus() != Meeting.Status.CANCELLED).count();
                if (p.getMaxMeetings() != null && count >= p.getMaxMeetings()) {
                    throw DomainException.rule("event-cap-reached", "event.error.cap-reached", p.getCompanyName(),
                            p.getMaxMeetings());
                }
            }
        }
        r.answer(accept, clock.instant());
        notify(from, accept ? "event.notification.accepted" : "event.notification.declined", to.getCompanyName(),
                "/events/" + eventId + "/participants/" + from.getId() + "/marketplace#requests");
        if (accept) {
            meetings.save(new Meeting(eventId, r.getId(), from.getId(), to.getId(), r.getPriority(),
                    clock.instant()));
        }
        return r;
    }

    /** Requests involving one of the caller's participants. */
    @Transactional(readOnly = true)
    public List<RequestView> requestsOf(long eventId, long participantId) {
        Participant me = access.actingFor(eventId, participantId);
        Map<Long, String> names = participants.findByEventIdOrderByCompanyNameAsc(eventId).stream()
                .collect(Collectors.toMap(Participant::getId, Participant::getCompanyName));
        return requests.findByEventIdOrderByCreatedAtAsc(eventId).stream().filter(r -> r.involves(me.getId()))
                .sorted(Comparator.comparing(MeetingRequest::getCreatedAt).reversed())
                .map(r -> new RequestView(r, names.get(r.getFromId()), names.get(r.getToId()),
                        r.getToId() == me.getId()))
                .toList();
    }

    /** Expires pending requests whose time is up; returns how many. Runs hourly, or called with a given time. */
    @Transactional
    public int expireRequests(Instant now) {
        List<MeetingRequest> due = requests.findByStatusAndExpiresAtLessThanEqual(MeetingRequest.Status.PENDING,
                now);
        due.forEach(r -> r.expireIfDue(now));
        return due.size();
    }

    private Map<Long, PartnerProfiles.ProfileSummary> profileMap(List<Participant> others, String lang) {
        PartnerProfiles p = profiles.getIfAvailable();
        if (p == null || others.isEmpty()) {
            return Map.of();
        }
        List<PartnerProfiles.ProfileSummary> found;
        try {
            found = p.profilesOf(others.stream().map(Participant::getCompanyId).toList(), lang);
        } catch (RuntimeException e) {
            return Map.of();
        }
        return found.stream()
                .collect(Collectors.toMap(PartnerProfiles.ProfileSummary::companyId, Function.identity(),
                        (a, b) -> a));
    }

    /** Tells the user who registered the participant (its representative or advisor), when notifications exist. */
    private void notify(Participant p, String key, String otherCompany, String link) {
        Notifications n = notifications.getIfAvailable();
        if (n != null && p.getRegisteredBy() != null) {
            n.notify(p.getRegisteredBy(), key, List.of(otherCompany), link);
        }
    }

    private static String text(Card c) {
        StringBuilder b = new StringBuilder(c.companyName());
        if (c.profile() != null) {
            b.append(' ').append(c.profile().offers()).append(' ').append(c.profile().seeks())
                    .append(' ').append(String.join(" ", c.profile().tags()));
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Locks two participants' rows, lower id first, so two transactions never wait for each other in a circle. */
    private void lockInOrder(long a, long b) {
        participants.lockById(Math.min(a, b));
        participants.lockById(Math.max(a, b));
    }

    private static Participant requireActive(Participant p) {
        if (!p.isActive()) {
            throw DomainException.rule("event-participant-not-approved", "event.error.participant-not-approved");
        }
        return p;
    }
}
