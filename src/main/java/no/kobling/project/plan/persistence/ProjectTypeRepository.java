package no.kobling.project.plan.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.project.plan.domain.ProjectType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectTypeRepository extends JpaRepository<ProjectType, Long> {

    List<ProjectType> findAllByOrderBySortOrderAscIdAsc();

    Optional<ProjectType> findByCode(String code);

    boolean existsByCode(String code);
}
