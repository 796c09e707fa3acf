package no.kobling.partnering.profile.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.partnering.profile.domain.ProfileStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerProfileRepository extends JpaRepository<PartnerProfile, Long> {

    Optional<PartnerProfile> findByCompanyId(long companyId);

    List<PartnerProfile> findByStatusAndExpiresAtBefore(ProfileStatus status, Instant before);

    List<PartnerProfile> findByOwnerOrganisationIdOrderByUpdatedAtDesc(Long organisationId);

    List<PartnerProfile> findByStatusOrderByUpdatedAtDesc(ProfileStatus status);

    List<PartnerProfile> findByCompanyIdIn(java.util.Collection<Long> companyIds);
}
