package no.kobling.project.budget.persistence;

import java.util.List;
import no.kobling.project.budget.domain.FinancingSource;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FinancingRepository extends JpaRepository<FinancingSource, Long> {

    List<FinancingSource> findByProjectIdOrderByIdAsc(long projectId);

    boolean existsByKindId(long kindId);
}
