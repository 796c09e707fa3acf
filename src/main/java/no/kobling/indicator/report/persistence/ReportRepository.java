package no.kobling.indicator.report.persistence;

import java.util.List;
import no.kobling.indicator.report.domain.Report;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Page<Report> findByProjectIdOrderByFromDescReportVersionDesc(long projectId, Pageable page);

    List<Report> findByProjectId(long projectId);

    boolean existsByPeriodId(long periodId);

    @Query("select coalesce(max(r.reportVersion), 0) from IndicatorReport r where r.projectId = ?1 and r.from = ?2"
            + " and r.to = ?3")
    int lastVersion(long projectId, java.time.LocalDate from, java.time.LocalDate to);
}
