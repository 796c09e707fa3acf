package no.kobling.event.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.event.domain.Feedback;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventFeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByMeetingIdIn(Collection<Long> meetingIds);

    Optional<Feedback> findByMeetingIdAndParticipantId(long meetingId, long participantId);
}
