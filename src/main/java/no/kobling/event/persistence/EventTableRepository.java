package no.kobling.event.persistence;

import java.util.List;
import no.kobling.event.domain.EventTable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventTableRepository extends JpaRepository<EventTable, Long> {

    List<EventTable> findByEventIdOrderByPositionAscIdAsc(long eventId);
}
