package no.kobling.advisory.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.advisory.domain.Need;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedRepository extends JpaRepository<Need, Long> {

    List<Need> findByCompanyIdAndOrganisationIdInOrderByIdAsc(long companyId, Collection<Long> organisationIds);

    List<Need> findByCompanyIdOrderByIdAsc(long companyId);

    Optional<Need> findByCompanyIdAndTypeIdAndOrganisationId(long companyId, long typeId, long organisationId);
}
