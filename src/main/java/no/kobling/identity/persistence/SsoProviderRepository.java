package no.kobling.identity.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.identity.domain.SsoProvider;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SsoProviderRepository extends JpaRepository<SsoProvider, Long> {

    Optional<SsoProvider> findByRegistrationId(String registrationId);

    boolean existsByRegistrationId(String registrationId);

    List<SsoProvider> findByEnabledTrueOrderByDisplayName();

    List<SsoProvider> findAllByOrderByDisplayName();
}
