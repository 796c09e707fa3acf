package no.kobling.project.plan.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.project.plan.domain.TypePhase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypePhaseRepository extends JpaRepository<TypePhase, Long> {

    List<TypePhase> findByTypeIdOrderByOrder(long typeId);

    List<TypePhase> findByTypeIdInOrderByOrder(Collection<Long> typeIds);
}
