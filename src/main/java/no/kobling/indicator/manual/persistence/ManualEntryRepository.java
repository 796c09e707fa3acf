package no.kobling.indicator.manual.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.kobling.indicator.manual.domain.ManualEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ManualEntryRepository extends JpaRepository<ManualEntry, Long> {

    List<ManualEntry> findByManualIdOrderByDateDescIdDesc(long manualId);

    boolean existsByManualId(long manualId);

    /** The entries that count: not withdrawn, of the indicators, dated in the period (both days included). */
    @Query("""
            select e from IndicatorManualEntry e
            where e.manualId in :manualIds and e.withdrawn = false and e.date >= :from and e.date <= :to
            order by e.date, e.id
            """)
    List<ManualEntry> counted(@Param("manualIds") Collection<Long> manualIds, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
