package no.kobling.privacy.persistence;

import no.kobling.privacy.domain.PrivacyRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrivacyRequestRepository extends JpaRepository<PrivacyRequest, Long> {

    Page<PrivacyRequest> findAllByOrderByHandledAtDescIdDesc(Pageable pageable);

    Page<PrivacyRequest> findByOrganisationIdOrderByHandledAtDescIdDesc(Long organisationId, Pageable pageable);
}
