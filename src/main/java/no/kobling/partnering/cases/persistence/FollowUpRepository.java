package no.kobling.partnering.cases.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.kobling.partnering.cases.domain.FollowUp;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByCaseIdOrderByDueOnAscIdAsc(long caseId);

    List<FollowUp> findByCaseIdIn(Collection<Long> caseIds);

    /** Open follow-ups of open cases due on or before the day (reminders and dashboards). */
    @Query("select f from FollowUp f where f.doneAt is null and f.dueOn <= :day and f.caseId in "
            + "(select c.id from PartnerCase c where c.closedAt is null) order by f.dueOn, f.id")
    List<FollowUp> openDueBy(@Param("day") LocalDate day);

    /** Claims the due reminder of a follow-up (one node wins; the others see 0 rows). */
    @Modifying
    @Query(value = "update cases_follow_up set reminded_at = :at where id = :id and reminded_at is null",
            nativeQuery = true)
    int claimReminder(@Param("id") long id, @Param("at") Instant at);

    /** Claims the overdue reminder of a follow-up (one node wins). */
    @Modifying
    @Query(value = "update cases_follow_up set overdue_reminded_at = :at where id = :id "
            + "and overdue_reminded_at is null", nativeQuery = true)
    int claimOverdueReminder(@Param("id") long id, @Param("at") Instant at);
}
