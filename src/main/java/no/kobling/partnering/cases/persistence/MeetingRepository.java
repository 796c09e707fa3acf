package no.kobling.partnering.cases.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.partnering.cases.domain.Meeting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByCaseIdOrderByHeldAtAsc(long caseId);

    List<Meeting> findByCaseIdIn(Collection<Long> caseIds);

    Optional<Meeting> findBySourceAndSourceReference(String source, String sourceReference);
}
