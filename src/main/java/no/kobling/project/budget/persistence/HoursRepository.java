package no.kobling.project.budget.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.kobling.project.budget.domain.HoursEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HoursRepository extends JpaRepository<HoursEntry, Long> {

    @Query("select coalesce(sum(h.hours), 0) from HoursEntry h where h.userId = :userId and h.workDate = :day")
    BigDecimal sumForUserOn(@Param("userId") long userId, @Param("day") LocalDate day);

    @Query("""
            select h from HoursEntry h where h.projectId = :projectId
              and (:userId = -1 or h.userId = :userId) and (:partyId = -1 or h.partyId = :partyId)
              and h.workDate >= :from and h.workDate < :until
            order by h.workDate desc, h.id desc""")
    Page<HoursEntry> search(@Param("projectId") long projectId, @Param("userId") long userId,
            @Param("partyId") long partyId, @Param("from") LocalDate from, @Param("until") LocalDate until,
            Pageable page);

    List<HoursEntry> findByProjectId(long projectId);
}
