package no.kobling.project.plan.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.project.plan.domain.Project;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    /** Projects an organisation owns, takes part in (not archived) or funds. */
    @Query("""
            select p from Project p
            where p.ownerOrganisationId = :org or p.funderOrganisationId = :org
               or exists (select 1 from ProjectParty x where x.projectId = p.id and x.organisationId = :org
                          and x.archived = false)
            order by p.name, p.id
            """)
    List<Project> visibleTo(@Param("org") long organisationId);

    @Query("""
            select p from Project p
            where (:all = true or p.ownerOrganisationId = :org or p.funderOrganisationId = :org
               or exists (select 1 from ProjectParty x where x.projectId = p.id and x.organisationId = :org
                          and x.archived = false))
              and (:partnership = -1 or p.partnershipId = :partnership)
            """)
    Page<Project> page(@Param("all") boolean all, @Param("org") long organisationId,
            @Param("partnership") long partnershipId, Pageable pageable);

    @Query("select p from Project p order by p.name, p.id")
    List<Project> findAllByName();

    List<Project> findByFunderOrganisationIdOrderByName(long funderOrganisationId);

    boolean existsByTypeId(long typeId);

    List<Project> findByIdIn(Collection<Long> ids);

    List<Project> findByNameAndPartnershipId(String name, long partnershipId);
}
