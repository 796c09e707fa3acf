package no.kobling.event.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import no.kobling.event.domain.Participant;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventParticipantRepository extends JpaRepository<Participant, Long> {

    /** One participant with its blocked slots (lazy in lists; the availability page shows them). */
    @Override
    @EntityGraph(attributePaths = "blocked")
    Optional<Participant> findById(Long id);

    List<Participant> findByEventIdOrderByCompanyNameAsc(long eventId);

    Optional<Participant> findByEventIdAndCompanyId(long eventId, long companyId);

    /** The participant row locked for this transaction: its meetings and requests change one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from EventParticipant p where p.id = :id")
    Optional<Participant> lockById(long id);

    List<Participant> findByCompanyIdIn(Collection<Long> companyIds);

    List<Participant> findByRegisteredBy(long userId);

    Optional<Participant> findByCalendarToken(String token);
}
