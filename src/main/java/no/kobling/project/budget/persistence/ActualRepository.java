package no.kobling.project.budget.persistence;

import java.util.List;
import no.kobling.project.budget.domain.ActualCost;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActualRepository extends JpaRepository<ActualCost, Long> {

    List<ActualCost> findByProjectIdOrderByBookedOnAscIdAsc(long projectId);

    boolean existsByLineId(long lineId);
}
