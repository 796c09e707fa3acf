package no.kobling.partnering.cases.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.kobling.partnering.cases.domain.CheckIn;
import no.kobling.partnering.cases.domain.FollowUp;
import no.kobling.partnering.cases.domain.Side;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByCaseIdOrderByFollowUpIdAscSideAsc(long caseId);

    List<CheckIn> findByCaseIdIn(Collection<Long> caseIds);

    boolean existsByFollowUpIdAndSide(long followUpId, Side side);

    /** Follow-ups (done or not) of open cases due in the period: the check-in job's candidates. */
    @Query("select f from FollowUp f where f.dueOn >= :from and f.dueOn <= :to and f.caseId in "
            + "(select c.id from PartnerCase c where c.closedAt is null) order by f.dueOn, f.id")
    List<FollowUp> followUpsDueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
