package no.kobling.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.shared.FactsFilter;

/**
 * Facts of the event module for computing results (the indicator module, docs/indicators.md). Set-based (a fixed
 * number of queries per call). Aggregate facts only. Callers need {@code VIEW_REPORTS}, {@code MANAGE_PROJECTS} or
 * {@code LOG_PROJECT_HOURS}; the caller's module decides which partnership or project the caller may compute for.
 * <p>
 * An event is in the filter when it is not a draft, its organiser is one of the filter's organisations, its first
 * session day is in the period and, when the filter names a project, it is tagged with that project. Events carry no
 * municipality: the caller places an event by its organisers' home municipalities.
 */
public interface EventFacts {

    /** Events in the filter with their organiser, co-organisers and the companies of their approved participants. */
    List<EventFact> events(FactsFilter filter);

    /**
     * Meetings held (status held) at events of the filter's organisations (tagged with the filter's project, when it
     * names one), on a day in the period: the day of the meeting's session, or of its held time in the event's zone.
     */
    List<MeetingFact> heldMeetings(FactsFilter filter);

    record EventFact(long id, LocalDate date, long organiserOrganisationId, Set<Long> coOrganiserIds,
            Set<Long> participantCompanyIds) {

        public EventFact {
            coOrganiserIds = Set.copyOf(coOrganiserIds);
            participantCompanyIds = Set.copyOf(participantCompanyIds);
        }
    }

    /** {@code companyA}/{@code companyB} are null for a participant registered without a register company. */
    record MeetingFact(long id, long eventId, long organiserOrganisationId, LocalDate date, Long companyA,
            Long companyB) {
    }
}
