package no.kobling.indicator.report.persistence;

import java.util.List;
import no.kobling.indicator.report.domain.ReportPeriod;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportPeriodRepository extends JpaRepository<ReportPeriod, Long> {

    List<ReportPeriod> findByProjectIdOrderByFromAsc(long projectId);
}
