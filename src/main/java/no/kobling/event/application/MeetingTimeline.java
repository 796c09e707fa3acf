package no.kobling.event.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.shared.LocalDay;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's B2B meetings at events on its timeline (not cancelled ones), under the same rule as its registrations
 * ({@link EventTimeline#visible}), titled with the other company, on the day held (or last changed when planned).
 */
@Component
class MeetingTimeline implements CompanyTimelineSource {

    private final EventTimeline registrations;
    private final EventMeetingRepository meetings;
    private final EventParticipantRepository participants;

    MeetingTimeline(EventTimeline registrations, EventMeetingRepository meetings,
            EventParticipantRepository participants) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.participants = participants;
    }

    @Override
    public String kind() {
        return "meeting";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        List<TimelineEntry> found = new ArrayList<>();
        for (EventTimeline.Participation v : registrations.visible(companyId)) {
            long me = v.participant().getId();
            long eventId = v.event().getId();
            List<Meeting> mine = meetings.findByEventIdOrderByIdAsc(eventId).stream()
                    .filter(m -> m.getStatus() != Meeting.Status.CANCELLED)
                    .filter(m -> m.getAId() == me || m.getBId() == me).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Map<Long, Participant> byId = participants.findByEventIdOrderByCompanyNameAsc(eventId).stream()
                    .collect(Collectors.toMap(Participant::getId, Function.identity()));
            for (Meeting m : mine) {
                Participant other = byId.get(m.getAId() == me ? m.getBId() : m.getAId());
                Instant at = m.getHeldAt() != null ? m.getHeldAt() : m.getUpdatedAt();
                if (at == null) {
                    continue;
                }
                found.add(new TimelineEntry(kind(), m.getId(), LocalDay.of(at, zone),
                        other == null ? null : other.getCompanyName(), v.event().text(lang).title(),
                        "/events/" + eventId + "/participants/" + me + "/agenda"));
            }
        }
        return found;
    }
}
