package no.kobling.advisory.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.advisory.domain.Need;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedRepository extends JpaRepository<Need, Long> {

    List<Need> findByCompanyIdAndOrganisationIdInOrderByIdAsc(long companyId, Collection<Long> organisationIds);

    List<Need> findByCompanyIdOrderByIdAsc(long companyId);

    @org.springframework.data.jpa.repository.Query("select distinct n.companyId from AdvisoryNeed n where n.type.code = ?1 "
            + "and n.status <> no.kobling.advisory.domain.NeedStatus.MET order by n.companyId")
    List<Long> companiesWithNeed(String typeCode);

    @org.springframework.data.jpa.repository.Query("select distinct n.companyId from AdvisoryNeed n where n.type.code = ?1 "
            + "and n.status <> no.kobling.advisory.domain.NeedStatus.MET and n.organisationId in ?2 "
            + "order by n.companyId")
    List<Long> companiesWithNeedOf(String typeCode, Collection<Long> organisationIds);

    Optional<Need> findByCompanyIdAndTypeIdAndOrganisationId(long companyId, long typeId, long organisationId);
}
