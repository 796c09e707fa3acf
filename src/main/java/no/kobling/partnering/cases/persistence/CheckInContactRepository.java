package no.kobling.partnering.cases.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.partnering.cases.domain.CheckInContact;
import no.kobling.partnering.cases.domain.Side;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInContactRepository extends JpaRepository<CheckInContact, Long> {

    List<CheckInContact> findByCaseId(long caseId);

    Optional<CheckInContact> findByCaseIdAndSide(long caseId, Side side);
}
