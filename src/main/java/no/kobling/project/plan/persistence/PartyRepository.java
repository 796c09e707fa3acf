package no.kobling.project.plan.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.project.plan.domain.Party;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

    List<Party> findByProjectIdOrderById(long projectId);

    Optional<Party> findByProjectIdAndOrganisationId(long projectId, long organisationId);
}
