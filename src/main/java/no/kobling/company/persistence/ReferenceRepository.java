package no.kobling.company.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.kobling.company.domain.RegionInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Read-only look-ups in reference and directory tables this module needs but does not own: region names for facets,
 * and the partner organisations of an organisation (the tenancy rule for entrepreneurs, as for people in the actor
 * module).
 */
public interface ReferenceRepository extends JpaRepository<RegionInfo, Long> {

    List<RegionInfo> findByIdIn(Collection<Long> ids);

    @Query(value = "select distinct other.organisation_id from actor_partnership_member m "
            + "join actor_partnership_member other on other.partnership_id = m.partnership_id "
            + "where m.organisation_id = :organisationId", nativeQuery = true)
    Set<Long> partnerOrganisationIds(@Param("organisationId") long organisationId);
}
