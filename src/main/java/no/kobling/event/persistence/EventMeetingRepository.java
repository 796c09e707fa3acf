package no.kobling.event.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.event.domain.Meeting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventMeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByEventIdOrderByIdAsc(long eventId);

    Optional<Meeting> findByRequestId(long requestId);
}
