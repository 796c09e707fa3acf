package no.kobling.project.network.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.project.network.domain.Network;
import no.kobling.project.network.domain.NetworkStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NetworkRepository extends JpaRepository<Network, Long> {

    @EntityGraph(attributePaths = "members") // one collection only: joining two would repeat rows in the list
    @Query("select n from Network n where n.id = :id")
    Optional<Network> findWithMembers(@Param("id") long id);

    /**
     * A page of the list: networks of these partnerships (all when {@code all}), not archived unless asked, filtered
     * by partnership (-1 = any), status (null = any), municipality (-1 = any) and text in name or purpose ("" = any).
     */
    @Query(value = """
            select n from Network n where (:all = true or n.partnershipId in :partnerships)
              and (:archived = true or n.archived = false)
              and (:partnership = -1 or n.partnershipId = :partnership)
              and (:status is null or n.status = :status)
              and (:municipality = -1 or :municipality member of n.municipalityIds)
              and (:text = '' or lower(n.name) like :text or lower(coalesce(n.purpose, '')) like :text)
            """)
    Page<Network> list(@Param("all") boolean all, @Param("partnerships") Collection<Long> partnerships,
            @Param("archived") boolean archived, @Param("partnership") long partnership,
            @Param("status") NetworkStatus status, @Param("municipality") long municipality,
            @Param("text") String text, Pageable pageable);

    /** Networks of a partnership that run some day of [from, to] (archived ones too: they happened). */
    @Query("""
            select n from Network n where n.partnershipId = :partnership and n.startDate <= :to
              and (n.endDate is null or n.endDate >= :from) order by n.startDate, n.id
            """)
    List<Network> runningIn(@Param("partnership") long partnershipId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    Optional<Network> findFirstByPartnershipIdAndNameIgnoreCase(long partnershipId, String name);

    /** The networks the company is (or was) a member of (the company timeline filters them by visibility). */
    @Query("select distinct n from Network n join n.members m where m.companyId = :company")
    List<Network> withMember(@Param("company") long companyId);
}
