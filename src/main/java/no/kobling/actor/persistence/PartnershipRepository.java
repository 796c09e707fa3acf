package no.kobling.actor.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.domain.Partnership;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartnershipRepository extends JpaRepository<Partnership, Long>, JpaSpecificationExecutor<Partnership> {

    /** Ids of the partnerships the organisation is a member of. */
    @Query("select p.id from Partnership p join p.members m where key(m) = :organisationId")
    Set<Long> idsWithMember(@Param("organisationId") long organisationId);

    /**
     * Every organisation that shares a partnership active on {@code day} with the given one (including itself, if it
     * is in any such partnership): the tenancy rule's partner organisations.
     */
    @Query("select distinct key(other) from Partnership p join p.members m join p.members other "
            + "where key(m) = :organisationId and p.startDate <= :day and (p.endDate is null or p.endDate >= :day)")
    Set<Long> activePartnerOrganisationIds(@Param("organisationId") long organisationId,
            @Param("day") java.time.LocalDate day);

    @Query("select distinct p from Partnership p join p.members m where key(m) = :organisationId order by p.name")
    List<Partnership> findWithMember(@Param("organisationId") long organisationId);

    @Query("select distinct p from Partnership p join p.members m where key(m) in :organisationIds")
    List<Partnership> findWithAnyMember(@Param("organisationIds") Collection<Long> organisationIds);

    Optional<Partnership> findFirstByNameIgnoreCaseOrderByIdAsc(String name);
}
