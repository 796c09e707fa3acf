package no.kobling.advisory.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.advisory.domain.ActivityKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityKindRepository extends JpaRepository<ActivityKind, Long> {

    List<ActivityKind> findAllByOrderBySortOrderAscIdAsc();

    Optional<ActivityKind> findByCode(String code);

    @Query("select coalesce(max(k.sortOrder), 0) from AdvisoryActivityKind k")
    int maxSortOrder();
}
