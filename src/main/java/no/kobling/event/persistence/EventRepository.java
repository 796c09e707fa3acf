package no.kobling.event.persistence;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import no.kobling.event.domain.Event;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRepository extends JpaRepository<Event, Long> {

    Optional<Event> findBySlug(String slug);

    /** The event row locked for this transaction: schedule edits and approvals of one event take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(long id);

    boolean existsBySlug(String slug);

    List<Event> findAllByOrderByCreatedAtDesc();
}
