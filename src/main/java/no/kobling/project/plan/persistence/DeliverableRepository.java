package no.kobling.project.plan.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.project.plan.domain.Deliverable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

    List<Deliverable> findByPhaseIdInOrderBySortOrderAscIdAsc(Collection<Long> phaseIds);

    boolean existsByOwnerOrganisationIdAndPhaseIdIn(long ownerOrganisationId, Collection<Long> phaseIds);

    boolean existsByTemplateId(long templateId);

    /** Deliverables in one of the statuses due in the period (inclusive). */
    List<Deliverable> findByStatusInAndDueDateBetween(Collection<no.kobling.project.plan.domain.DeliverableStatus> statuses,
            java.time.LocalDate from, java.time.LocalDate to);
}
