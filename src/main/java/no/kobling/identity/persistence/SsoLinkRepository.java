package no.kobling.identity.persistence;

import java.util.Optional;
import no.kobling.identity.domain.SsoLink;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SsoLinkRepository extends JpaRepository<SsoLink, Long> {

    Optional<SsoLink> findByProviderIdAndSubject(Long providerId, String subject);
}
