package no.kobling.project.plan.persistence;

import java.util.List;
import no.kobling.project.plan.domain.Phase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseRepository extends JpaRepository<Phase, Long> {

    List<Phase> findByProjectIdOrderByOrder(long projectId);

    List<Phase> findByProjectIdInOrderByOrder(java.util.Collection<Long> projectIds);

    boolean existsByTypePhaseId(long typePhaseId);

    /** Phases in a status whose planned end lies in the period (inclusive): their gate decision is due then. */
    List<Phase> findByStatusAndPlannedEndBetween(no.kobling.project.plan.domain.PhaseStatus status,
            java.time.LocalDate from, java.time.LocalDate to);
}
