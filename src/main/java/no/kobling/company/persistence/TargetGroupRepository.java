package no.kobling.company.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.company.domain.TargetGroup;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetGroupRepository extends JpaRepository<TargetGroup, Long> {

    List<TargetGroup> findByCodeIn(Collection<String> codes);

    List<TargetGroup> findByActiveTrueOrderByIdAsc();

    /** The companies among {@code companyIds} in the target group with this code. */
    @org.springframework.data.jpa.repository.Query("select c.id from Company c join c.targetGroups g "
            + "where g.code = :code and c.id in :ids")
    List<Long> companiesInGroup(@org.springframework.data.repository.query.Param("code") String code,
            @org.springframework.data.repository.query.Param("ids") Collection<Long> ids);
}
