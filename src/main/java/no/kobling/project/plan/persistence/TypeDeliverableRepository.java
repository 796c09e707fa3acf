package no.kobling.project.plan.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.project.plan.domain.TypeDeliverable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypeDeliverableRepository extends JpaRepository<TypeDeliverable, Long> {

    List<TypeDeliverable> findByTypePhaseIdInOrderBySortOrderAscIdAsc(Collection<Long> typePhaseIds);
}
