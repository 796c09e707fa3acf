package no.kobling.event.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * ({@link EventTimeline#visible}), titled with the other company, on the day held (or last changed when planned). A
 * fixed number of statements however many events: the meetings of all the company's participations in one query,
 * the other sides in one more.
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
        List<EventTimeline.Participation> visible = registrations.visible(companyId);
        if (visible.isEmpty()) {
            return List.of();
        }
        Set<Long> mine = visible.stream().map(v -> v.participant().getId()).collect(Collectors.toSet());
        Map<Long, List<Meeting>> byParticipant = new LinkedHashMap<>();
        Set<Long> others = new HashSet<>();
        for (Meeting m : meetings.findOfParticipants(mine, Meeting.Status.CANCELLED)) {
            for (long side : new long[] {m.getAId(), m.getBId()}) {
                if (mine.contains(side)) {
                    byParticipant.computeIfAbsent(side, k -> new ArrayList<>()).add(m);
                    others.add(m.getAId() == side ? m.getBId() : m.getAId());
                }
            }
        }
        if (byParticipant.isEmpty()) {
            return List.of();
        }
        Map<Long, Participant> byId = new HashMap<>();
        participants.findAllById(others).forEach(p -> byId.put(p.getId(), p));
        List<TimelineEntry> found = new ArrayList<>();
        for (EventTimeline.Participation v : visible) {
            long me = v.participant().getId();
            long eventId = v.event().getId();
            for (Meeting m : byParticipant.getOrDefault(me, List.of())) {
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
