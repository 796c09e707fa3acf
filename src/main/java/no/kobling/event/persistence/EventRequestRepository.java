package no.kobling.event.persistence;

import java.time.Instant;
import java.util.List;
import no.kobling.event.domain.MeetingRequest;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRequestRepository extends JpaRepository<MeetingRequest, Long> {

    List<MeetingRequest> findByEventIdOrderByCreatedAtAsc(long eventId);

    List<MeetingRequest> findByStatusAndExpiresAtLessThanEqual(MeetingRequest.Status status, Instant now);
}
