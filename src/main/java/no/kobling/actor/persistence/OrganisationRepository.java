package no.kobling.actor.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.actor.domain.Organisation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrganisationRepository extends JpaRepository<Organisation, Long>,
        JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findFirstByNameIgnoreCaseOrderByIdAsc(String name);

    boolean existsByNameIgnoreCaseAndCountryCode(String name, String countryCode);

    boolean existsByNameIgnoreCaseAndCountryCodeAndIdNot(String name, String countryCode, Long id);

    List<Organisation> findAllByOrderByNameAsc();

    List<Organisation> findByIdInOrderByNameAsc(Collection<Long> ids);
}
