package no.kobling.advisory.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.advisory.domain.NeedType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedTypeRepository extends JpaRepository<NeedType, Long> {

    List<NeedType> findAllByOrderBySortOrderAscIdAsc();

    Optional<NeedType> findByCode(String code);
}
