package no.kobling.partnering;

import java.time.Instant;

/** Facade of partner-search cases for other modules (matchmaking events hand over the meetings they held). */
public interface PartnerCases {

    /**
     * A B2B meeting between two companies took place (e.g. at a matchmaking event). Opens a case for the pair at the
     * follow-up stage with its follow-up plan, or moves the pair's open case there; returns the case id. Runs with
     * the caller's permissions (the organiser), or inside {@code SystemAccess.run}.
     */
    long meetingHeld(MeetingHeld meeting);

    /**
     * Ids (ascending) of the cases tagged with the project (issue 13) that the caller may see (as on the board);
     * none when the caller may not see the project.
     */
    java.util.List<Long> taggedWith(long projectId);

    /**
     * @param partnershipId the partnership whose follow-up defaults apply (may be null: the organiser's)
     * @param source a short origin label such as "event"; {@code sourceReference} e.g. the event meeting id
     */
    record MeetingHeld(long companyA, long companyB, Long partnershipId, Instant heldAt, String source,
            String sourceReference) {
    }
}
