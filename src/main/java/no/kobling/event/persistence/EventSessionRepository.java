package no.kobling.event.persistence;

import java.util.List;
import no.kobling.event.domain.EventSession;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventSessionRepository extends JpaRepository<EventSession, Long> {

    List<EventSession> findByEventIdOrderByDayAscStartTimeAsc(long eventId);

    List<EventSession> findByEventIdInOrderByDayAscStartTimeAsc(java.util.Collection<Long> eventIds);
}
