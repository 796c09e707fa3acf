package no.kobling.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facade of the event module for other modules (demo data). Every method checks permissions like the pages do; run
 * start-up work inside {@code SystemAccess.run(..)}.
 */
public interface Events {

    /** The event with this slug, if the caller may see it. */
    Optional<Long> idBySlug(String slug);

    /** Creates an event organised by {@code organiserOrgId} (administrators and the system may choose it). */
    long createEvent(EventData data);

    void openForRegistration(long eventId);

    /** Adds a session; overlapping sessions are refused. */
    long addSession(long eventId, LocalDate day, LocalTime start, int slotMinutes, int slots, int breakMinutes);

    void addTables(long eventId, String namePrefix, int count, String roomUrl);

    /** Registers a company (with its consent) and approves it when the caller organises the event. */
    long registerCompany(long eventId, long companyId, String participantType, String contactName,
            String contactEmail);

    /** A meeting request from one participant to another; returns the request id. */
    long requestMeeting(long eventId, long fromParticipantId, long toParticipantId, String message);

    void answerRequest(long eventId, long requestId, boolean accept);

    /**
     * Ids (ascending) of the events tagged with the project (issue 13) that the caller may see, as on the event
     * list; none when the caller may not see the project.
     */
    java.util.List<Long> taggedWith(long projectId);

    /**
     * The approved participants of an event the caller organises (a hidden event or one the caller does not organise
     * answers {@code NotFoundException}), by company name: register company, contact e-mail and when they consented
     * at registration (null without consent). For survey distribution.
     */
    java.util.List<ParticipantContact> participantContacts(long eventId);

    record ParticipantContact(long companyId, String companyName, String contactEmail,
            java.time.Instant consentAt) {
    }

    /**
     * @param mode PLACE, VIRTUAL or HYBRID
     * @param texts title and description per language code (nb, nn, sv, fi, en)
     */
    record EventData(long organiserOrgId, Set<Long> coOrganiserOrgIds, Long partnershipId, String mode, String place,
            int requestExpiryHours, Integer maxMeetingsPerParticipant, String timeZone,
            Map<String, String[]> texts) {
    }
}
