package no.kobling.event.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.event.domain.Event;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRepository extends JpaRepository<Event, Long> {

    Optional<Event> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Event> findAllByOrderByCreatedAtDesc();
}
