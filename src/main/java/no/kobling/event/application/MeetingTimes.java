package no.kobling.event.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.MeetingActions;
import no.kobling.event.persistence.EventSessionRepository;
import org.springframework.stereotype.Component;

/** When a meeting starts (its slot, in the event's zone) and which hand actions fit it now ({@link MeetingActions}). */
@Component
public class MeetingTimes {

    private final EventSessionRepository sessions;
    private final Clock clock;

    MeetingTimes(EventSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    Instant start(Event event, Meeting m) {
        if (m.getSessionId() == null || m.getSlotNo() == null) {
            return null;
        }
        return sessions.findById(m.getSessionId()).map(s -> s.slotStart(m.getSlotNo())
                .atZone(ZoneId.of(event.getTimeZone())).toInstant()).orElse(null);
    }

    void require(MeetingActions.Action action, Event event, Meeting m) {
        MeetingActions.require(action, m.getStatus(), start(event, m), clock.instant());
    }

    /** Meeting id → the names of the actions that fit it now, for rows whose start (event's wall clock) is known. */
    public Map<Long, Set<String>> allowed(Event event, Collection<Meeting> meetings,
            Map<Long, LocalDateTime> startByMeeting) {
        ZoneId zone = ZoneId.of(event.getTimeZone());
        Instant now = clock.instant();
        Map<Long, Set<String>> out = new HashMap<>();
        for (Meeting m : meetings) {
            LocalDateTime start = startByMeeting.get(m.getId());
            out.put(m.getId(), MeetingActions.allowed(m.getStatus(), start == null ? null : start.atZone(zone)
                    .toInstant(), now).stream().map(Enum::name).collect(Collectors.toSet()));
        }
        return out;
    }
}
