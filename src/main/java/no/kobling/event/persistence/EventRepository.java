package no.kobling.event.persistence;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import no.kobling.event.domain.Event;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventRepository extends JpaRepository<Event, Long> {

    /** One event with its texts and co-organisers (they are lazy; a page shows them after the transaction). */
    @Override
    @EntityGraph(attributePaths = {"texts", "coOrganisers"})
    Optional<Event> findById(Long id);

    @EntityGraph(attributePaths = {"texts", "coOrganisers"})
    Optional<Event> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /**
     * A page of the events a caller may see: with {@code all}, every event; otherwise open and closed events and
     * the drafts organised (or co-organised) by {@code org}. Texts and co-organisers are batch-fetched.
     */
    @Query(value = "select e from Event e where (:all = true or e.status <> :draft or e.organiserOrgId = :org "
            + "or :org member of e.coOrganisers) and (:project = -1 or e.projectId = :project)",
            countQuery = "select count(e) from Event e where (:all = true or e.status <> :draft "
                    + "or e.organiserOrgId = :org or :org member of e.coOrganisers) "
                    + "and (:project = -1 or e.projectId = :project)")
    Page<Event> visible(@Param("all") boolean all, @Param("org") long organisationId,
            @Param("draft") Event.Status draft, @Param("project") long projectId, Pageable page);

    /**
     * Locks the event row for this transaction: scheduling runs (across nodes), schedule edits and approvals of one
     * event take turns.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(@Param("id") long id);
}
