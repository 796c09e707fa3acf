package no.kobling.project.budget.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.project.budget.domain.ReferenceItem;
import no.kobling.project.budget.domain.ReferenceList;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetReferenceRepository extends JpaRepository<ReferenceItem, Long> {

    List<ReferenceItem> findByListOrderByIdAsc(ReferenceList list);

    Optional<ReferenceItem> findByListAndCode(ReferenceList list, String code);
}
