package no.kobling.project.plan.persistence;

import java.util.List;
import no.kobling.project.plan.domain.Phase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseRepository extends JpaRepository<Phase, Long> {

    List<Phase> findByProjectIdOrderByOrder(long projectId);

    List<Phase> findByProjectIdInOrderByOrder(java.util.Collection<Long> projectIds);

    boolean existsByTypePhaseId(long typePhaseId);
}
