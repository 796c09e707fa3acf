package no.kobling.project.budget.persistence;

import java.util.List;
import no.kobling.project.budget.domain.BudgetLine;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByProjectIdOrderByYearAscPartyIdAscCategoryIdAscIdAsc(long projectId);

    boolean existsByCategoryId(long categoryId);

    boolean existsByPartyId(long partyId);
}
