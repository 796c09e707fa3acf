package no.kobling.partnering.profile.persistence;

import java.util.List;
import no.kobling.partnering.profile.domain.DeclinedPair;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeclinedPairRepository extends JpaRepository<DeclinedPair, Long> {

    boolean existsByCompanyIdAndPartnerCompanyId(long companyId, long partnerCompanyId);

    List<DeclinedPair> findByCompanyIdOrPartnerCompanyId(long companyId, long partnerCompanyId);
}
