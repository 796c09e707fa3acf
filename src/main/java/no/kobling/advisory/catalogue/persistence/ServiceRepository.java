package no.kobling.advisory.catalogue.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.advisory.catalogue.domain.OfferedService;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRepository extends JpaRepository<OfferedService, Long> {

    List<OfferedService> findByProviderOrganisationIdInOrderByIdAsc(Collection<Long> organisationIds);
}
