package no.kobling.geo.persistence;

import java.util.List;
import no.kobling.geo.domain.NaceCode;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NaceCodeRepository extends JpaRepository<NaceCode, String> {

    List<NaceCode> findByParentCodeOrderBySortOrderAsc(String parentCode);

    List<NaceCode> findByLevelOrderBySortOrderAsc(int level);

    long countByLevel(int level);
}
