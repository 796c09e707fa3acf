package no.kobling.event.application;

import java.util.List;
import no.kobling.event.EventFacts;
import no.kobling.event.persistence.EventFactsQueries;
import no.kobling.shared.FactsFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event module's results facts ({@link EventFacts}). */
@Service
class EventFactsService implements EventFacts {

    static final String FACTS = "hasAnyAuthority('VIEW_REPORTS', 'MANAGE_PROJECTS', 'LOG_PROJECT_HOURS')";

    private final EventFactsQueries queries;

    EventFactsService(EventFactsQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public List<EventFact> events(FactsFilter filter) {
        return queries.events(filter);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public List<MeetingFact> heldMeetings(FactsFilter filter) {
        return queries.heldMeetings(filter);
    }
}
