package no.kobling.partnering.cases.persistence;

import java.util.List;
import no.kobling.partnering.cases.domain.CaseEntry;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEntryRepository extends JpaRepository<CaseEntry, Long> {

    List<CaseEntry> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);
}
