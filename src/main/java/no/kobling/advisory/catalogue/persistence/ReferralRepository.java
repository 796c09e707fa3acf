package no.kobling.advisory.catalogue.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.kobling.advisory.catalogue.domain.Referral;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByServiceIdOrderByReferredOnDescIdDesc(long serviceId);

    List<Referral> findByCompanyIdOrderByReferredOnDescIdDesc(long companyId);

    boolean existsByServiceId(long serviceId);

    List<Referral> findByProjectIdOrderByIdAsc(long projectId);

    /** Referrals in a state made in these municipalities, oldest first (the hub inbox). */
    List<Referral> findByStatusAndMunicipalityIdInOrderByReferredOnAscIdAsc(
            no.kobling.advisory.catalogue.domain.ReferralStatus status, Collection<Long> municipalityIds);

    @Query("""
            select r from Referral r where r.serviceId in :serviceIds
            and r.referredOn >= :from and r.referredOn <= :to order by r.id""")
    List<Referral> inPeriod(Collection<Long> serviceIds, LocalDate from, LocalDate to);
}
