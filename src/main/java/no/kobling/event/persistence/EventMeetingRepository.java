package no.kobling.event.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.event.domain.Meeting;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventMeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByEventIdOrderByIdAsc(long eventId);

    Optional<Meeting> findByRequestId(long requestId);

    /** The meetings of any of the participants (on either side) not cancelled, by id: one query for a timeline. */
    @Query("select m from EventMeeting m where (m.aId in :participants or m.bId in :participants) "
            + "and m.status <> :cancelled order by m.id")
    List<Meeting> findOfParticipants(@Param("participants") Collection<Long> participantIds,
            @Param("cancelled") Meeting.Status cancelled);

    /**
     * Held meetings not yet handed over to partner search, held since {@code since}, oldest first: the hourly retry
     * reads a bounded batch through an index on (status, held_at), never every meeting ever held.
     */
    @Query("select m.id from EventMeeting m where m.status = :held and m.heldAt >= :since and m.caseId is null "
            + "order by m.heldAt, m.id")
    List<Long> pendingHandOver(@Param("held") Meeting.Status held, @Param("since") Instant since, Pageable page);
}
