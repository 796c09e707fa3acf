package no.kobling.partnering.cases.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.partnering.cases.domain.Outcome;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByCaseIdOrderByOccurredOnAscIdAsc(long caseId);

    List<Outcome> findByCaseIdIn(Collection<Long> caseIds);

    boolean existsByCaseId(long caseId);
}
