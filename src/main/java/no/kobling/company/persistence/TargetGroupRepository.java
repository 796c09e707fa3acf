package no.kobling.company.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.company.domain.TargetGroup;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetGroupRepository extends JpaRepository<TargetGroup, Long> {

    List<TargetGroup> findByCodeIn(Collection<String> codes);

    List<TargetGroup> findByActiveTrueOrderByIdAsc();
}
