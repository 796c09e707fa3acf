package no.kobling.indicator.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.indicator.domain.Target;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findByProjectId(long projectId);

    Optional<Target> findByProjectIdAndIndicatorIdAndScopeYear(long projectId, long indicatorId, int scopeYear);

    Optional<Target> findByProjectIdAndSourceCodeAndScopeYear(long projectId, String sourceCode, int scopeYear);
}
