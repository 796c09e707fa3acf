package no.kobling.indicator.manual.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.indicator.manual.domain.ManualIndicator;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ManualIndicatorRepository extends JpaRepository<ManualIndicator, Long> {

    List<ManualIndicator> findByProjectIdOrderByCreatedAtAscIdAsc(long projectId);

    Optional<ManualIndicator> findByProjectIdAndCode(long projectId, String code);

    boolean existsByProjectIdAndCode(long projectId, String code);
}
