package no.kobling.project.network.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.project.network.domain.NetworkMeeting;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NetworkMeetingRepository extends JpaRepository<NetworkMeeting, Long> {

    List<NetworkMeeting> findByNetworkIdOrderByHeldOnDescIdDesc(long networkId);

    boolean existsByNetworkId(long networkId);

    Optional<NetworkMeeting> findFirstByNetworkIdOrderByHeldOnAsc(long networkId);

    Optional<NetworkMeeting> findFirstByNetworkIdOrderByHeldOnDesc(long networkId);

    @Query("select count(m) > 0 from NetworkMeeting m where m.networkId = :network and :company member of "
            + "m.attendingCompanyIds")
    boolean attended(@Param("network") long networkId, @Param("company") long companyId);

    /** [network id, number of meetings held on a day in [from, to]] for these networks. */
    @Query("""
            select m.networkId, count(m) from NetworkMeeting m where m.networkId in :networks
              and m.heldOn >= :from and m.heldOn <= :to group by m.networkId
            """)
    List<Object[]> countIn(@Param("networks") Collection<Long> networkIds, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
